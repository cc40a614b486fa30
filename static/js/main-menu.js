// The main menu on a phone: its links fold behind a "Menu" button and unfold on demand (Escape
// folds them back). Wider screens, and browsers without the script, show every link.
(function () {
  "use strict";

  var nav = document.querySelector(".main-menu");
  var button = nav && nav.querySelector(".main-menu__toggle");
  if (!button) {
    return;
  }

  function unfold(open) {
    button.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("main-menu--open", open);
  }

  nav.classList.add("main-menu--folding");
  button.addEventListener("click", function () {
    unfold(button.getAttribute("aria-expanded") !== "true");
  });
  nav.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
      unfold(false);
      button.focus();
    }
  });
})();
