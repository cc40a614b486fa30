// Suggestions for the site search: fills the search field's <datalist> with page titles
// from the autocomplete endpoint as the visitor types. The form works without it.
(function () {
  "use strict";

  var MIN_LENGTH = 2;
  var DELAY_MS = 200;

  function enhance(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var url = input.getAttribute("data-autocomplete-url");
    if (!list || !url || !window.fetch) {
      return;
    }
    var timer = null;
    var controller = null;

    function show(titles) {
      list.replaceChildren.apply(
        list,
        titles.map(function (title) {
          var option = document.createElement("option");
          option.value = title;
          return option;
        })
      );
    }

    function suggest() {
      var query = input.value.trim();
      if (query.length < MIN_LENGTH) {
        show([]);
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = window.AbortController ? new AbortController() : null;
      fetch(url + "?" + new URLSearchParams({ q: query }), {
        headers: { Accept: "application/json" },
        signal: controller ? controller.signal : undefined,
      })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          show(
            data.results.map(function (result) {
              return result.title;
            })
          );
        })
        .catch(function () {
          // Aborted or offline: the field keeps working as a plain search field.
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(suggest, DELAY_MS);
    });
  }

  document.querySelectorAll("input[data-autocomplete-url]").forEach(enhance);
})();
