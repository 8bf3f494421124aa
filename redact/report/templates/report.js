"use strict";
(function () {
  // Everything here runs offline: no fetch, no XHR, no external resource (the CSP forbids them anyway).
  var body = document.body;
  var panel = document.getElementById("panel");
  var panelBody = document.getElementById("panel-body");
  var panelDecision = document.getElementById("panel-decision");
  var current = null; // the highlight whose explanation is open
  var decisions = {}; // data-key -> "withhold" | "keep"

  function selectsFor(key) {
    return document.querySelectorAll('select.decision[data-key="' + key + '"]');
  }

  function setDecision(key, value) {
    if (value) { decisions[key] = value; } else { delete decisions[key]; }
    selectsFor(key).forEach(function (s) { s.value = value; });
    if (current && current.dataset.key === key) { panelDecision.value = value; }
    var n = Object.keys(decisions).length;
    document.getElementById("export-status").textContent = n + " decision(s) marked";
  }

  function openPanel(hl) {
    if (current && current !== hl) { current.setAttribute("aria-expanded", "false"); }
    current = hl;
    var tpl = document.getElementById("x-" + hl.dataset.key);
    panelBody.textContent = "";
    var clone = tpl.cloneNode(true);
    clone.removeAttribute("id");
    clone.className = "explain-open";
    var title = clone.querySelector(".x-title");
    if (title) { title.id = "panel-title"; }
    panelBody.appendChild(clone);
    panelDecision.value = decisions[hl.dataset.key] || "";
    panel.hidden = false;
    hl.setAttribute("aria-expanded", "true");
  }

  function closePanel() {
    if (panel.hidden) { return; }
    panel.hidden = true;
    if (current) {
      current.setAttribute("aria-expanded", "false");
      current.focus();
    }
  }

  // Buttons: click, Enter and Space all arrive as "click".
  document.querySelectorAll("button.hl").forEach(function (hl) {
    hl.addEventListener("click", function () {
      if (hl.classList.contains("off")) { return; }
      if (current === hl && !panel.hidden) { closePanel(); } else { openPanel(hl); }
    });
  });
  document.getElementById("panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" || ev.key === "Esc") { closePanel(); }
  });
  panelDecision.addEventListener("change", function () {
    if (current) { setDecision(current.dataset.key, panelDecision.value); }
  });
  document.querySelectorAll("select.decision").forEach(function (s) {
    s.addEventListener("change", function () { setDecision(s.dataset.key, s.value); });
  });

  // Filters: entity type and minimum score. Filtered highlights lose their colour and leave the Tab order.
  var minScore = document.getElementById("min-score");
  var minOut = document.getElementById("min-score-value");
  function applyFilters() {
    var shown = {};
    document.querySelectorAll("input.type-filter").forEach(function (c) { shown[c.value] = c.checked; });
    var min = parseFloat(minScore.value);
    minOut.value = min.toFixed(2);
    minOut.textContent = min.toFixed(2);
    document.querySelectorAll("button.hl").forEach(function (hl) {
      var off = !shown[hl.dataset.type] || parseFloat(hl.dataset.score) < min;
      hl.classList.toggle("off", off);
      hl.tabIndex = off ? -1 : 0;
      hl.setAttribute("aria-disabled", off ? "true" : "false");
      if (off && hl === current) { closePanel(); }
    });
    document.querySelectorAll("tr[data-type]").forEach(function (tr) {
      var off = shown[tr.dataset.type] === false || parseFloat(tr.dataset.score) < min;
      tr.classList.toggle("off", off);
    });
  }
  document.querySelectorAll("input.type-filter").forEach(function (c) { c.addEventListener("change", applyFilters); });
  minScore.addEventListener("input", applyFilters);

  // The decisions file: entries carry salted hashes of the normalised text; the text only when asked.
  function buildDecisions() {
    var includeText = document.getElementById("include-text").checked;
    var entries = [];
    Object.keys(decisions).sort().forEach(function (key) {
      var s = selectsFor(key)[0];
      var e = {
        decision: decisions[key],
        kind: s.dataset.kind,
        document: s.dataset.doc,
        document_sha256: s.dataset.docSha,
        start: parseInt(s.dataset.start, 10),
        end: parseInt(s.dataset.end, 10),
        entity_type: s.dataset.entity || null,
        sha256: s.dataset.sha,
        words: parseInt(s.dataset.words, 10)
      };
      if (includeText) { e.text = s.dataset.text; }
      entries.push(e);
    });
    return {
      format: "redact-decisions",
      version: 1,
      reviewer: document.getElementById("reviewer").value.trim(),
      date: new Date().toISOString().slice(0, 10),
      salt: body.dataset.salt,
      sensitive: includeText,
      note: includeText
        ? "SENSITIVE: holds the reviewed words in clear text; handle like the report itself."
        : "Holds salted SHA-256 hashes of the reviewed words, not the words; a guessed name can be confirmed, so keep it confidential.",
      policy: { name: body.dataset.policyName, sha256: body.dataset.policySha },
      entries: entries
    };
  }
  window.redactBuildDecisions = buildDecisions;

  document.getElementById("export").addEventListener("click", function () {
    var status = document.getElementById("export-status");
    var data = buildDecisions();
    if (!data.reviewer) {
      status.textContent = "Enter the reviewer's name first.";
      document.getElementById("reviewer").focus();
      return;
    }
    var blob = new Blob([JSON.stringify(data, null, 2) + "\n"], { type: "application/json" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "decisions-" + data.date + ".json";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
    status.textContent = data.entries.length + " decision(s) exported to " + a.download;
  });

  applyFilters();
})();
