// Written compact (no space after ':' or around braces): every matched page parses it inside jobs.js.
export const BADGE_CSS = `
:host{all:initial;position:relative;display:inline-block;margin:4px 0;font:13px/1.3 system-ui,sans-serif}
:host([data-corner]){position:fixed;right:16px;bottom:16px;z-index:2147483647}
.badge{display:inline-flex;flex-direction:column;gap:2px;padding:6px 10px;border-radius:8px;
  border:1px solid #c7cdd6;background:#fff;color:#1f2328;cursor:pointer;text-align:left;font:inherit}
.badge--ready{border-color:#6b5bd6}
.badge--unreadable,.badge--no-duties{color:#57606a}
.badge__main{font-weight:600}
.badge__detail{font-size:12px;color:#57606a}
.badge:focus-visible{outline:2px solid #6b5bd6;outline-offset:2px}
.badge__tip{display:none;position:absolute;z-index:2147483647;width:max-content;max-width:320px;margin-top:6px;
  padding:6px 8px;border-radius:6px;background:#1f2328;color:#fff;font-size:12px;line-height:1.35;white-space:normal}
.badge:hover+.badge__tip,.badge:focus-visible+.badge__tip{display:block}
:host([data-corner]) .badge__tip{right:0;bottom:calc(100% + 6px);margin:0}
.badge__tip--dismissed{display:none!important}
`;
