// The desk page: progress over server-sent events, "checked" marks, export of the edited draft.
(function () {
  "use strict";

  function follow(section) {
    var job = section.getAttribute("data-job");
    var step = document.getElementById("progress-step");
    var log = document.getElementById("progress-log");
    var source = new EventSource("/jobs/" + encodeURIComponent(job) + "/events");
    source.addEventListener("progress", function (e) {
      step.textContent = e.data;
      var li = document.createElement("li");
      li.textContent = e.data;
      log.appendChild(li);
    });
    source.addEventListener("done", function () {
      source.close();
      htmx.ajax("GET", "/jobs/" + encodeURIComponent(job) + "/grid", { target: "#result", swap: "innerHTML" });
    });
    source.addEventListener("error", function (e) {
      source.close();
      if (e.data) { step.textContent = "failed: " + e.data; }
    });
  }

  function openMarks() {
    var open = document.querySelectorAll("#draft input.mark:not(:checked)").length;
    var el = document.getElementById("open-marks");
    if (el) { el.textContent = String(open); }
    return open;
  }

  document.body.addEventListener("htmx:afterSwap", function () {
    var section = document.querySelector("#progress[data-job]");
    if (section && !section.dataset.following) {
      section.dataset.following = "1";
      follow(section);
    }
  });

  document.addEventListener("change", function (e) {
    if (e.target.classList && e.target.classList.contains("mark")) { openMarks(); }
  });

  // editing a checked paragraph unchecks it
  document.addEventListener("input", function (e) {
    if (e.target.classList && e.target.classList.contains("en")) {
      var box = e.target.closest("tr").querySelector("input.para-mark");
      if (box && box.checked) { box.checked = false; openMarks(); }
      e.target.dataset.edited = "1";
    }
  });

  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (form.id !== "export") { return; }
    var edits = { paragraphs: {}, quotes: {} };
    document.querySelectorAll("#draft tr.para").forEach(function (row) {
      var change = { checked: row.querySelector("input.para-mark").checked };
      var area = row.querySelector("textarea.en");
      if (area.dataset.edited) { change.english = area.value; }
      edits.paragraphs[row.dataset.index] = change;
    });
    document.querySelectorAll("#draft tr.quote").forEach(function (row) {
      edits.quotes[row.dataset.index] = { checked: row.querySelector("input.quote-mark").checked };
    });
    form.elements.draft.value = document.getElementById("draft-data").textContent;
    form.elements.edits.value = JSON.stringify(edits);
    var open = openMarks();
    var warning = document.getElementById("export-warning");
    warning.hidden = open === 0;
    warning.textContent = open ? "Exported with " + open + " mark(s) still open: the document says so on its first line." : "";
  });
})();
