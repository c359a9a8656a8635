import type { HistoryItem } from '../messaging/protocol';
import { percent, type Translate } from './i18n';

export function HistoryList({ items, t, onOpen }: { items: HistoryItem[]; t: Translate; onOpen: (url: string) => void }) {
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
    </section>
  );
}
