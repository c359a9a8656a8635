import { useState } from 'preact/hooks';
import type { Locale } from '../engine/language';
import type { UserRules } from '../engine/rules/user-rules-schema';
import type { Translate } from './i18n';
import { RuleItem, type RuleItemActions } from './RuleItem';
import { filterGroups, GROUP_KEYS, MINE, type RuleGroup, type ShownGroup } from './rule-groups';

export interface RuleEditorActions extends RuleItemActions {
  setQuery(query: string): void;
}

export interface RuleEditorProps {
  /** The packs' rules by pack, then the person's own (as rules). */
  groups: readonly RuleGroup[];
  user: UserRules;
  query: string;
  lang: Locale;
  t: Translate;
  actions: RuleEditorActions;
}

type GroupProps = Omit<RuleEditorProps, 'groups' | 'query'> & { group: ShownGroup; filtering: boolean; open: boolean; onToggle(): void };

/**
 * A pack as a <details>: its name and count on the summary, its rules inside. Open or closed is the editor's state:
 * the summary's click (a key press on it clicks too) flips it, rather than the browser's own toggle.
 */
function Group({ group, filtering, open, onToggle, t, ...item }: GroupProps) {
  const name = t(GROUP_KEYS[group.id] ?? 'optionsPackOther', [group.id]);
  const count = filtering ? t('optionsGroupMatches', [name, String(group.shown.length), String(group.total)]) : t('optionsGroupCount', [name, String(group.total)]);
  return (
    <details class="rules__group" data-testid="rule-group" data-group={group.id} open={open}>
      <summary
        onClick={(e) => {
          e.preventDefault();
          onToggle();
        }}
      >
        {count}
      </summary>
      <ul class="rules__list">
        {group.shown.map((rule) => (
          <RuleItem key={rule.id} rule={rule} t={t} {...item} />
        ))}
      </ul>
    </details>
  );
}

/** Every rule, grouped by pack (closed until opened or the filter matches inside), with an on/off switch and a 0–3× weight. */
export function RuleEditor({ groups, query, t, actions, ...rest }: RuleEditorProps) {
  // Without a filter, the groups a person opened (their own rules start open: few, and just made); with one, the groups
  // with a match are open but those the person closed under this very filter.
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set([MINE]));
  const [shut, setShut] = useState<{ query: string; ids: ReadonlySet<string> }>({ query: '', ids: new Set() });
  const filtering = query.trim() !== '';
  const shown = filterGroups(groups, query, rest.lang);
  const total = groups.reduce((n, g) => n + g.rules.length, 0);
  const shutNow = shut.query === query ? shut.ids : new Set<string>();
  const isOpen = (id: string) => (filtering ? !shutNow.has(id) : opened.has(id));
  const flip = (set: ReadonlySet<string>, id: string) => {
    const next = new Set(set);
    if (!next.delete(id)) next.add(id);
    return next;
  };
  const toggle = (id: string) => (filtering ? setShut({ query, ids: flip(shutNow, id) }) : setOpened(flip(opened, id)));
  return (
    <section class="rules" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('optionsRulesHeading', [String(total)])}</h2>
      <input
        type="search"
        class="rules__search"
        placeholder={t('optionsSearch')}
        aria-label={t('optionsSearch')}
        value={query}
        onInput={(e) => actions.setQuery(e.currentTarget.value)}
      />
      {shown.length === 0 ? (
        <p class="muted">{t('optionsNoMatch')}</p>
      ) : (
        shown.map((group) => (
          <Group
            key={group.id}
            group={group}
            filtering={filtering}
            open={isOpen(group.id)}
            onToggle={() => toggle(group.id)}
            t={t}
            actions={actions}
            {...rest}
          />
        ))
      )}
    </section>
  );
}
