export const BADGE_CSS = `
:host { all: initial; display: inline-block; margin: 4px 0; font: 13px/1.3 system-ui, sans-serif; }
:host([data-corner]) { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; }
.badge { display: inline-flex; flex-direction: column; gap: 2px; padding: 6px 10px; border-radius: 8px;
  border: 1px solid #c7cdd6; background: #fff; color: #1f2328; cursor: pointer; text-align: left; font: inherit; }
.badge--ready { border-color: #6b5bd6; }
.badge--unreadable { color: #57606a; }
.badge__main { font-weight: 600; }
.badge__detail { font-size: 12px; color: #57606a; }
`;
