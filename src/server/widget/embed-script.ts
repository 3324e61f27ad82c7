/**
 * The embed script served at /widget.js: plain JavaScript (ES5 syntax, current DOM APIs) in a
 * string, wrapped in a strict-mode IIFE, so no bundler step is involved, it leaks no globals
 * (not even a namespace) and it stays under 8 kB (tests/server/widget.test.ts checks that it
 * parses and its size). A string rather than a typed function serialized with toString():
 * compilers may rewrite a function's source (esbuild's keepNames adds calls to a module-level
 * `__name` helper), which would then throw in the host page.
 * Keep it free of backticks and `${`, which would end or interpolate the template.
 *
 * What it does, for `<script src=".../widget.js" data-survey="<token>" async>`:
 * - stays silent if this browser answered through this widget in the last 30 days
 *   (localStorage) or dismissed it in this session (sessionStorage);
 * - fetches the prompt from GET /api/public/widget/<token> (CORS: only the survey's allowed
 *   origins get an answer they can read; anyone else sees nothing but a console warning);
 * - renders into a Shadow DOM, so the page's CSS can't restyle it and its CSS can't leak out:
 *   a native radio group (arrow keys move along the scale, Tab leaves it), the comment box once
 *   a score is picked, Send and Dismiss buttons, a polite live region for errors and thanks,
 *   visible focus, and Escape to dismiss;
 * - posts `{ score, comment? }` as JSON, credentials omitted; 201 and 409 (already received)
 *   both thank the visitor and remember the answer.
 * `data-preview` (the settings page) renders inline from `data-config` and never posts.
 * Every text from the server is set as text, never as HTML.
 */
import { createHash } from "node:crypto";

const SOURCE = String.raw`
var script = document.currentScript;
if (!(script instanceof HTMLScriptElement)) return;
var token = script.getAttribute("data-survey") || "";
var preview = script.hasAttribute("data-preview");
var api = new URL(script.src, location.href).origin + "/api/public/widget/" + encodeURIComponent(token);
var KEY = "tandem-widget:" + token;
var DAYS_30 = 30 * 864e5;
function warn(message) { console.warn("Tandem widget: " + message); }
function read(local) {
  try { return (local ? localStorage : sessionStorage).getItem(KEY); } catch (e) { return null; }
}
function write(local) {
  // Blocked or full storage: the server still refuses an immediate repeat.
  try { (local ? localStorage : sessionStorage).setItem(KEY, String(Date.now())); } catch (e) { /* ignored */ }
}
function el(tag, attrs) {
  var node = document.createElement(tag);
  Object.keys(attrs).forEach(function (name) { node.setAttribute(name, attrs[name]); });
  node.append.apply(node, [].slice.call(arguments, 2));
  return node;
}
var CSS =
  ":host{all:initial;position:fixed;right:16px;bottom:16px;z-index:2147483647}" +
  ":host([data-preview]){position:static}" +
  "*{box-sizing:border-box}" +
  ".box{position:relative;width:380px;max-width:calc(100vw - 32px);padding:16px;background:#fff;color:#0f172a;font:14px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;border:1px solid #94a3b8;border-radius:12px;box-shadow:0 10px 30px rgba(15,23,42,.2)}" +
  "fieldset{border:0;margin:0;padding:0;min-width:0}" +
  "legend{padding:0 32px 8px 0;font-weight:600;font-size:15px}" +
  ".scale{display:grid;grid-template-columns:repeat(var(--n),1fr);gap:4px}" +
  ".opt{position:relative;display:block}" +
  ".opt input{position:absolute;inset:0;width:100%;height:100%;margin:0;opacity:0;cursor:pointer}" +
  ".opt span:first-of-type{display:flex;align-items:center;justify-content:center;height:36px;border:1px solid #64748b;border-radius:6px;font-weight:600}" +
  ".opt input:checked+span{background:#1d4ed8;border-color:#1d4ed8;color:#fff}" +
  ".opt input:hover+span{border-color:#1d4ed8}" +
  ".opt input:focus-visible+span,:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}" +
  ".ends{display:flex;justify-content:space-between;gap:8px;margin-top:4px;font-size:12px;color:#475569}" +
  ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}" +
  "label[for]{display:block;margin:12px 0 4px;font-weight:600}" +
  ".hint{font-weight:400;color:#475569}" +
  "textarea{display:block;width:100%;padding:6px 8px;font:inherit;color:inherit;background:#fff;border:1px solid #64748b;border-radius:6px;resize:vertical}" +
  "button{font:inherit;cursor:pointer;border-radius:6px}" +
  ".send{margin-top:12px;padding:8px 16px;border:0;background:#1d4ed8;color:#fff;font-weight:600}" +
  ".send[aria-disabled]{opacity:.7;cursor:wait}" +
  ".x{position:absolute;top:8px;right:8px;width:32px;height:32px;border:0;background:none;color:#334155;font-size:20px;line-height:1}" +
  ".status{margin:12px 0 0}.status:empty{display:none}[hidden]{display:none!important}" +
  "@media (max-width:420px){.scale{grid-template-columns:repeat(6,1fr)}}";

function render(config) {
  var q = config.question;
  var host = el("div", preview ? { "data-tandem-widget": "", "data-preview": "" } : { "data-tandem-widget": "" });
  var root = host.attachShadow({ mode: "open" });
  var status = el("p", { class: "status", role: "status", tabindex: "-1" });
  var close = el("button", { type: "button", class: "x", "aria-label": "Dismiss the survey" }, "\u00d7");
  var scale = el("div", { class: "scale" });
  scale.style.setProperty("--n", String(Math.min(q.max - q.min + 1, 11)));
  for (var v = q.min; v <= q.max; v++) {
    var end = v === q.min ? q.minLabel : v === q.max ? q.maxLabel : "";
    var option = el("label", { class: "opt" }, el("input", { type: "radio", name: "score", value: String(v) }), el("span", {}, String(v)));
    if (end) option.append(el("span", { class: "sr" }, " \u2013 " + end));
    scale.append(option);
  }
  var ends = el("div", { class: "ends", "aria-hidden": "true" }, el("span", {}, q.minLabel), el("span", {}, q.maxLabel));
  var form = el("form", {}, el("fieldset", {}, el("legend", {}, q.prompt), scale, ends));
  var more = el("div", { hidden: "" });
  var text = null;
  if (config.comment) {
    text = el("textarea", { id: "comment", rows: "3", maxlength: String(config.comment.maxLength) });
    more.append(el("label", { for: "comment" }, config.comment.prompt, el("span", { class: "hint" }, " (optional)")), text);
    form.append(more);
  }
  var send = el("button", { type: "submit", class: "send" }, "Send");
  form.append(send);
  var box = el("section", { class: "box", "aria-label": "Quick survey" }, close, form, status);
  root.append(el("style", {}, CSS), box);

  var sending = false;
  function say(message) { status.textContent = message; }
  function dismiss() {
    host.remove();
    if (!preview) write(false);
  }
  function thank() {
    if (!preview) write(true);
    form.remove();
    say(preview ? "Thank you for your feedback! (Preview: nothing was sent.)" : "Thank you for your feedback!");
    status.focus();
  }
  function fail(message) {
    sending = false;
    send.removeAttribute("aria-disabled");
    say(message);
  }
  form.addEventListener("change", function () { more.hidden = false; });
  close.addEventListener("click", dismiss);
  box.addEventListener("keydown", function (event) { if (event.key === "Escape") dismiss(); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (sending) return;
    var picked = form.querySelector("input:checked");
    if (!picked) {
      say("Choose a score first.");
      form.querySelector("input").focus();
      return;
    }
    var body = { score: Number(picked.value) };
    if (text && text.value.trim()) body.comment = text.value.trim();
    if (preview) return thank();
    sending = true;
    // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
    send.setAttribute("aria-disabled", "true");
    say("Sending\u2026");
    var init = { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), credentials: "omit" };
    fetch(api + "/responses", init).then(function (response) {
      // 409: this very answer was already received, which is what the visitor wanted.
      if (response.status === 201 || response.status === 409) return thank();
      return response.json().catch(function () { return null; }).then(function (json) {
        var error = json && json.error;
        var issue = error && error.issues && error.issues[0];
        fail(error && error.message ? error.message + (issue ? " " + issue.message + "." : "") : "Your answer could not be sent. Please try again.");
      });
    }, function () { fail("Your answer could not be sent. Check your connection and try again."); });
  });
  if (preview) script.after(host);
  else (document.body || document.documentElement).append(host);
}

if (preview) {
  try { render(JSON.parse(script.getAttribute("data-config") || "null")); } catch (e) { warn("the preview configuration is not valid"); }
  return;
}
if (!/^[\w-]{16,64}$/.test(token)) return warn("data-survey is missing or is not a widget token");
if (Date.now() - (Number(read(true)) || 0) < DAYS_30 || read(false)) return;
fetch(api, { credentials: "omit" }).then(function (response) {
  if (!response.ok) throw new Error("HTTP " + response.status);
  return response.json();
}).then(render).catch(function (error) { warn("not shown (" + error.message + ")"); });
`;

/**
 * The served text, in strict mode. Leading indentation and whole-line comments are dropped to
 * save bytes; that is safe because the source holds no multi-line strings.
 */
export const WIDGET_SCRIPT = `(function () {\n"use strict";${SOURCE.replace(/^[ \t]+/gm, "").replace(/^\/\/.*\n/gm, "")}})();\n`;
/** A strong validator for conditional requests: the script changes only with a deploy. */
export const WIDGET_SCRIPT_ETAG = `"${createHash("sha256").update(WIDGET_SCRIPT).digest("base64url").slice(0, 27)}"`;
