// Screening page: upload progress for large files, a size check before uploading, and sorting of
// the results table by clicking a column header. The page works without it.
(function () {
  "use strict";
  var form = document.getElementById("screen-form");
  if (form) {
    var file = document.getElementById("file");
    var bar = document.getElementById("upload-progress");
    var status = document.getElementById("screen-status");
    var max = Number(form.getAttribute("data-max-bytes"));
    form.addEventListener("submit", function (e) {
      var chosen = file.files && file.files[0];
      if (!chosen) {
        return;
      }
      if (max && chosen.size > max) {
        e.preventDefault();
        status.textContent = "That file is larger than the upload limit of " +
          Math.round(max / 1048576) + " MB; split it, or use ./sightline screen.";
        return;
      }
      var submitter = e.submitter;
      if (submitter && submitter.name === "download") {
        return; // a download keeps the page; the browser shows its own progress
      }
      e.preventDefault();
      var data = new FormData(form);
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      bar.hidden = false;
      xhr.upload.addEventListener("progress", function (p) {
        if (p.lengthComputable) {
          bar.value = Math.round((100 * p.loaded) / p.total);
          status.textContent = "Uploading… " + bar.value + "%";
        }
      });
      xhr.upload.addEventListener("load", function () {
        status.textContent = "Screening…";
      });
      xhr.addEventListener("load", function () {
        if ((xhr.getResponseHeader("Content-Type") || "").indexOf("text/html") === 0) {
          document.open();
          document.write(xhr.responseText);
          document.close();
          if (xhr.responseURL) {
            history.replaceState(null, "", xhr.responseURL);
          }
        } else {
          bar.hidden = true;
          status.textContent = "The upload was refused (" + xhr.status + "): " +
            xhr.responseText.slice(0, 300);
        }
      });
      xhr.addEventListener("error", function () {
        bar.hidden = true;
        status.textContent = "The upload failed; check the connection and try again.";
      });
      xhr.send(data);
    });
  }

  var table = document.getElementById("matches");
  if (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      th.tabIndex = 0;
      th.title = "Sort by this column";
      var sort = function () {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var desc = th.getAttribute("aria-sort") !== "descending";
        rows.sort(function (a, b) {
          var x = a.cells[col].textContent.trim();
          var y = b.cells[col].textContent.trim();
          var nx = parseFloat(x), ny = parseFloat(y);
          var c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
          return desc ? -c : c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", desc ? "descending" : "ascending");
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          sort();
        }
      });
    });
  }
})();
