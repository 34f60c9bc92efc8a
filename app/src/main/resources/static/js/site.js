// Enhancements only: every page works without this file.
(function () {
  "use strict";
  // Map selectors re-shade as soon as a choice is made (the button stays for keyboard users).
  document.querySelectorAll("form.selectors select").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
})();
