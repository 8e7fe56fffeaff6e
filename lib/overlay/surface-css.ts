/** Styles inside Tact's shadow root. System fonts; colours meet WCAG AA on white and dark cards. */
export const SURFACE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.tact-marks { position: fixed; inset: 0; pointer-events: none; overflow: visible; }
.tact-measure { position: fixed; left: 0; top: 0; visibility: hidden; pointer-events: none; }
.tact-mirror { position: fixed; overflow: hidden; white-space: pre-wrap; overflow-wrap: break-word; color: transparent; border-color: transparent !important; }
.tact-box { position: fixed; pointer-events: none; height: 3px; border-radius: 0; }
.tact-box[data-kind="refusal"] { background: repeating-linear-gradient(135deg, #d9480f 0 2px, transparent 2px 4px); }
.tact-box[data-kind="soft"] { background: repeating-linear-gradient(135deg, #e8a33d 0 2px, transparent 2px 4px); }
.tact-box[data-kind="name"] { background: #c92a2a; height: 2px; }
.tact-box[data-kind="test"] { background: #1971c2; }
.tact-box[data-active] { height: auto; background: rgba(255, 196, 0, 0.25); }
.tact-slot { position: fixed; left: 0; top: 0; width: 0; height: 0; }
.tact-ui { pointer-events: auto; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2328; }
.tact-card { position: fixed; width: 320px; max-width: calc(100vw - 16px); background: #fff; border: 1px solid #d0d7de; border-radius: 10px;
  box-shadow: 0 8px 24px rgba(31, 35, 40, 0.16); padding: 12px 14px; z-index: 2; }
.tact-card:focus-within { outline: 2px solid #0969da; outline-offset: 1px; }
.tact-card__kicker { display: flex; align-items: center; gap: 6px; font-size: 11px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; color: #9a3412; margin-bottom: 4px; }
.tact-card__kicker[data-kind="name"] { color: #b91c1c; }
.tact-card__kicker[data-kind="soft"] { color: #92400e; }
.tact-card__title { font-weight: 600; margin: 0 0 4px; font-size: 14px; }
.tact-card__body { margin: 0 0 6px; }
.tact-card__hint { margin: 0 0 10px; color: #57606a; }
.tact-card__actions { display: flex; flex-wrap: wrap; gap: 6px; }
.tact-card__keys { margin-top: 8px; color: #6e7781; font-size: 11px; }
.tact-btn { font: inherit; font-weight: 500; border-radius: 6px; border: 1px solid #d0d7de; background: #f6f8fa; color: #1f2328; padding: 4px 10px; cursor: pointer; }
.tact-btn:hover { background: #eef1f4; }
.tact-btn:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.tact-btn--primary { background: #1f6feb; border-color: #1f6feb; color: #fff; }
.tact-btn--primary:hover { background: #1a5fd0; }
.tact-btn--danger { background: #fff; border-color: #cf222e; color: #cf222e; }
.tact-badge { position: fixed; display: inline-flex; align-items: center; gap: 4px; height: 22px; min-width: 22px; padding: 0 7px; border-radius: 11px;
  border: 1px solid #d0d7de; background: #fff; color: #1f2328; font: 600 11px/20px system-ui, sans-serif; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
.tact-badge[data-level="warn"] { border-color: #e8a33d; background: #fff8eb; color: #7c2d12; }
.tact-badge[data-level="error"] { border-color: #cf222e; background: #fff1f0; color: #a40e26; }
.tact-badge:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.tact-badge__dot { width: 7px; height: 7px; border-radius: 50%; background: #2da44e; }
.tact-badge[data-level="warn"] .tact-badge__dot { background: #e8a33d; }
.tact-badge[data-level="error"] .tact-badge__dot { background: #cf222e; }
.tact-list { position: fixed; width: 340px; max-height: 50vh; overflow: auto; background: #fff; border: 1px solid #d0d7de; border-radius: 10px; box-shadow: 0 8px 24px rgba(31,35,40,.16); padding: 6px; }
.tact-list__item { display: block; width: 100%; text-align: left; font: inherit; border: 0; background: none; padding: 8px; border-radius: 6px; cursor: pointer; color: inherit; }
.tact-list__item:hover, .tact-list__item:focus-visible { background: #f6f8fa; outline: none; }
.tact-list__quote { display: block; color: #57606a; font-size: 12px; margin-top: 2px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tact-backdrop { position: fixed; inset: 0; background: rgba(15, 23, 42, 0.35); display: flex; align-items: center; justify-content: center; z-index: 3; }
.tact-dialog { width: 460px; max-width: calc(100vw - 32px); max-height: calc(100vh - 64px); overflow: auto; background: #fff; border-radius: 12px; box-shadow: 0 16px 48px rgba(15,23,42,.3); padding: 18px 20px; }
.tact-dialog h2 { font-size: 16px; margin: 0 0 6px; }
.tact-dialog__section { margin: 12px 0; }
.tact-dialog__section h3 { font-size: 13px; margin: 0 0 6px; }
.tact-dialog__footer { display: flex; justify-content: flex-end; gap: 8px; margin-top: 16px; }
.tact-dialog ul { list-style: none; margin: 0; padding: 0; }
.tact-dialog li { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 6px 0; border-top: 1px solid #eaeef2; }
.tact-dialog li:first-child { border-top: 0; }
.tact-dialog__muted { color: #57606a; }
.tact-toast { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); background: #1f2328; color: #fff; border-radius: 8px; padding: 10px 14px; display: flex; gap: 12px; align-items: center; box-shadow: 0 8px 24px rgba(0,0,0,.25); }
.tact-toast[data-tone="error"] { background: #a40e26; }
.tact-toast .tact-btn { background: transparent; color: #fff; border-color: rgba(255,255,255,.5); }
.tact-marker { position: fixed; width: 16px; height: 16px; border-radius: 50%; border: 2px solid #fff; box-shadow: 0 0 0 1px rgba(0,0,0,.25), 0 1px 3px rgba(0,0,0,.2); pointer-events: none; }
.tact-marker[data-state="unopened"] { background: #e8a33d; }
.tact-marker[data-state="opened"] { background: #2da44e; }
.tact-marker[data-state="watched"] { background: #2da44e; }
.tact-marker[data-state="opened"]:not([data-pending])::after, .tact-marker[data-state="watched"]::after { content: ""; position: absolute; left: 4px; top: 1.5px; width: 3px; height: 6px; border: solid #fff; border-width: 0 2px 2px 0; transform: rotate(45deg); }
.tact-marker[data-pending] { background: conic-gradient(#2da44e calc(var(--tact-played, 0) * 1turn), #e8a33d 0); }
.tact-toast[data-tone="warn"] { background: #7c2d12; }
.tact-toast { max-width: min(560px, calc(100vw - 32px)); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.tact-toast__text { flex: 1 1 auto; }
.tact-toast__close { font: inherit; font-size: 16px; line-height: 1; background: none; border: 0; color: rgba(255,255,255,.8); cursor: pointer; padding: 2px 4px; border-radius: 4px; }
.tact-toast__close:hover { color: #fff; }
.tact-toast .tact-btn:focus-visible, .tact-toast__close:focus-visible { outline: 2px solid #fff; outline-offset: 1px; }
.tact-log-btn { position: fixed; display: inline-flex; align-items: center; justify-content: center; gap: 4px; width: 64px; height: 26px; padding: 0 8px; border-radius: 13px;
  border: 1px solid #1a5fd0; background: #1f6feb; color: #fff; font: 600 12px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; cursor: pointer; box-shadow: 0 2px 8px rgba(31,35,40,.25); }
.tact-log-btn:hover { background: #1a5fd0; }
.tact-log-btn:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.tact-log-btn[data-kind="message"] { background: #fff; color: #1a5fd0; border-color: #9ec5fe; box-shadow: 0 1px 4px rgba(31,35,40,.15); }
.tact-log-btn[data-kind="message"]:hover { background: #eef4ff; }
.tact-log-btn__icon { font-size: 14px; font-weight: 700; }
.tact-picker { position: fixed; max-width: calc(100vw - 16px); background: #fff; border: 1px solid #d0d7de; border-radius: 10px; box-shadow: 0 8px 24px rgba(31,35,40,.2); padding: 10px 12px 8px; z-index: 4; }
.tact-picker__head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.tact-picker__title { margin: 0; font-weight: 600; font-size: 13px; }
.tact-picker__close { font: inherit; font-size: 18px; line-height: 1; border: 0; background: none; color: #57606a; cursor: pointer; padding: 0 4px; border-radius: 4px; }
.tact-picker__close:hover { color: #1f2328; background: #f6f8fa; }
.tact-picker__quote { margin: 6px 0 2px; padding: 4px 8px; border-left: 3px solid #1f6feb; background: #f6f8fa; color: #1f2328; font-size: 12px; max-height: 4.5em; overflow: hidden; overflow-wrap: anywhere; }
.tact-picker__from { margin: 0 0 6px; color: #57606a; font-size: 12px; }
.tact-picker__filter { display: block; width: 100%; margin: 6px 0; font: inherit; padding: 5px 8px; border: 1px solid #d0d7de; border-radius: 6px; color: #1f2328; background: #fff; }
.tact-picker__filter:focus { outline: 2px solid #0969da; outline-offset: -1px; border-color: #0969da; }
.tact-picker__list { list-style: none; margin: 0; padding: 0; max-height: 208px; overflow: auto; }
.tact-picker__option { padding: 5px 8px; border-radius: 6px; cursor: pointer; }
.tact-picker__option[aria-selected="true"] { background: #ddf4ff; color: #0a3069; box-shadow: inset 2px 0 0 #0969da; }
.tact-picker__empty { padding: 6px 8px; color: #57606a; }
.tact-picker__muted { color: #57606a; margin: 6px 0; }
.tact-picker__add-note { font: inherit; border: 0; background: none; color: #0969da; cursor: pointer; padding: 4px 0; margin-top: 4px; }
.tact-picker__add-note:hover { text-decoration: underline; }
.tact-picker__add-note:focus-visible, .tact-picker__close:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.tact-picker__note { display: block; margin-top: 6px; font-size: 12px; color: #57606a; }
.tact-picker__note textarea { display: block; width: 100%; margin-top: 2px; font: 13px/1.4 system-ui, sans-serif; padding: 5px 8px; border: 1px solid #d0d7de; border-radius: 6px; resize: vertical; color: #1f2328; }
.tact-picker__note textarea:focus { outline: 2px solid #0969da; outline-offset: -1px; border-color: #0969da; }
.tact-picker__error { margin: 6px 0 0; color: #a40e26; font-size: 12px; }
.tact-picker__keys { margin: 6px 0 0; color: #6e7781; font-size: 11px; }
@media (prefers-reduced-motion: no-preference) { .tact-card, .tact-toast, .tact-picker { animation: tact-in .12s ease-out; } }
@keyframes tact-in { from { opacity: 0; transform: translateY(2px); } }
`;

/** Styles the document needs for `::highlight()`: they apply in the page's own tree, not in our shadow root. */
export const HIGHLIGHT_CSS = `
::highlight(tact-refusal) { text-decoration: underline wavy #d9480f; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(tact-soft) { text-decoration: underline wavy #e8a33d; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(tact-name) { text-decoration: underline solid #c92a2a; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(tact-test) { text-decoration: underline solid #1971c2; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(tact-active) { background-color: rgba(255, 196, 0, 0.28); }
::highlight(tact-feedback) { background-color: rgba(31, 111, 235, 0.22); }
`;
