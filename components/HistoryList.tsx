import type { HistoryItem, StorageStatus } from '../messaging/protocol';
import { percent, type Translate } from './i18n';

interface Props {
  items: HistoryItem[];
  /** Older postings are there to load. */
  more?: boolean;
  /** How much history keeps (absent until known, or when storage can't be read). */
  size?: StorageStatus['history'];
  t: Translate;
  onOpen(url: string): void;
  onMore?(): void;
}

const MB = 1024 * 1024;

export function HistoryList({ items, more = false, size, t, onOpen, onMore }: Props) {
  return (
    <section class="history">
      <h2>{t('sidebarHistory')}</h2>
      {items.length === 0 ? (
        <p class="muted">{t('sidebarHistoryEmpty')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.url} data-testid="history-item" data-url={item.url}>
              <a
                href={item.url}
                onClick={(e) => {
                  e.preventDefault();
                  onOpen(item.url);
                }}
              >
                {item.title}
              </a>
              {item.company && <span class="muted"> · {item.company}</span>}
              {item.exposure !== null && <span class="history__exposure"> · {percent(item.exposure)}%</span>}
            </li>
          ))}
        </ul>
      )}
      {more && onMore && (
        <button type="button" class="link" data-testid="history-more" onClick={onMore}>
          {t('historyMore')}
        </button>
      )}
      {size && (
        <p class="muted" data-testid="history-note" data-dropped={size.dropped}>
          {t('historyKept', [String(size.maxPostings), String(Math.round(size.maxBytes / MB))])}
          {size.dropped > 0 && ` ${t('historyDropped', [String(size.dropped)])}`}
        </p>
      )}
    </section>
  );
}
