// Progressive enhancement only: every page works without this file.
// Live preview in the template editor: the candidate is rendered by the server as you type.
(function () {
  "use strict";
  const form = document.getElementById("template-form");
  if (!form) return;
  const body = document.getElementById("template-body");
  const ticket = document.getElementById("preview-ticket");
  const preview = document.getElementById("preview");
  const problems = document.getElementById("problems");
  let timer = null;
  function refresh() {
    const data = new FormData(form);
    data.set("do", "preview");
    fetch(form.action, { method: "POST", body: data, headers: { "X-Preview": "1" }, credentials: "same-origin" })
      .then((r) => r.json())
      .then((answer) => {
        preview.textContent = answer.preview;
        problems.hidden = answer.problems.length === 0;
        problems.textContent = answer.problems.join("\n");
      })
      .catch(() => {});
  }
  function soon() { clearTimeout(timer); timer = setTimeout(refresh, 400); }
  body.addEventListener("input", soon);
  ticket.addEventListener("change", refresh);
})();
