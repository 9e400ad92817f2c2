/* Small reading aids for the teleworkrules documentation. Every page reads the same
 * without them (teleworkrules.css makes tables and code fit on its own); with them:
 *
 * - a long identifier in a table cell, an API signature, a heading or running text
 *   breaks after a dot, comma or slash (internet.third_party.<wbr>benefit_in_kind), not
 *   in the middle of a word; short code in running text (--set) does not break at all;
 * - a table that is too wide for its frame is fitted: on a phone, shown as one card per
 *   row, each value under its column's title (data-label); else, or if that is not
 *   enough, its identifiers may also break inside a word (see the CSS). A frame scrolls
 *   only when nothing else fits.
 */
(function () {
  "use strict";

  var BREAK_AFTER_DEFAULT = /[.,/](?=[A-Za-z_]|$)/g;
  var BREAK_AFTER_COMMA = /,(?=[^\s,])/g; /* a list without spaces in a sentence */

  function addBreaks(element, pattern) {
    var BREAK_AFTER = pattern || BREAK_AFTER_DEFAULT;
    var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    var texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode);
    texts.forEach(function (node) {
      var text = node.nodeValue;
      if (!BREAK_AFTER.test(text)) return;
      BREAK_AFTER.lastIndex = 0;
      var fragment = document.createDocumentFragment();
      var last = 0;
      text.replace(BREAK_AFTER, function (match, index) {
        fragment.appendChild(document.createTextNode(text.slice(last, index + 1)));
        fragment.appendChild(document.createElement("wbr"));
        last = index + 1;
        return match;
      });
      fragment.appendChild(document.createTextNode(text.slice(last)));
      node.parentNode.replaceChild(fragment, node);
    });
    element.classList.add("twr-breaks");
  }

  /* The title of each column, as the header row shows it (colspan counted). */
  function columnTitles(table) {
    var rows = table.tHead ? table.tHead.rows : [];
    if (!rows.length) return null;
    var titles = [];
    Array.prototype.forEach.call(rows[rows.length - 1].cells, function (cell) {
      for (var i = 0; i < (cell.colSpan || 1); i++) titles.push(cell.textContent.trim());
    });
    return titles;
  }

  function labelCells(table) {
    var titles = columnTitles(table);
    if (!titles) return false;
    var spanned = []; /* column -> rows still covered by a rowspan from above */
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        var column = 0;
        Array.prototype.forEach.call(row.cells, function (cell) {
          while (spanned[column] > 0) column++;
          if (titles[column]) cell.setAttribute("data-label", titles[column]);
          for (var i = 0; i < (cell.colSpan || 1); i++) {
            spanned[column + i] = cell.rowSpan || 1;
          }
          column += cell.colSpan || 1;
        });
        for (var c = 0; c < spanned.length; c++) if (spanned[c] > 0) spanned[c]--;
      });
    });
    return true;
  }

  /* Fit each table to its frame, in this order: as a table, its identifiers broken after
   * their dots; on a phone, as cards; last, with identifiers broken anywhere. Only if all
   * of these fail does the frame scroll. Done again when the width changes. */
  var PHONE = window.matchMedia("(max-width: 40em)");
  var tables = [];

  function overflows(table) {
    var frame = table.parentElement;
    return frame.scrollWidth > frame.clientWidth + 1;
  }

  function fit() {
    tables.forEach(function (item) {
      var table = item.table, frame = table.parentElement;
      table.classList.remove("twr-cards", "twr-squeeze");
      frame.classList.remove("twr-cards-wrapper");
      if (!overflows(table)) return;
      if (item.labelled && PHONE.matches) {
        table.classList.add("twr-cards");
        frame.classList.add("twr-cards-wrapper");
        if (!overflows(table)) return;
      }
      table.classList.add("twr-squeeze");
    });
  }

  function run() {
    var main = document.querySelector("article[role=main]") || document.body;
    main.querySelectorAll("table.docutils").forEach(function (table) {
      table.querySelectorAll("code.literal").forEach(function (code) {
        addBreaks(code);
      });
      table.querySelectorAll("td > p").forEach(function (p) {
        addBreaks(p, BREAK_AFTER_COMMA);
      });
      tables.push({ table: table, labelled: labelCells(table) });
    });
    main.querySelectorAll(
      "dl.py > dt.sig .sig-prename, dl.py > dt.sig .sig-name, h1 code, h2 code, h3 code"
    ).forEach(function (element) {
      addBreaks(element);
    });
    /* code in running text: short code stays whole, long code breaks after its dots */
    main.querySelectorAll("p code.literal, li code.literal, dd code.literal").forEach(
      function (code) {
        if (code.closest("table")) return;
        if (code.textContent.length <= 24) code.classList.add("twr-whole");
        else addBreaks(code);
      }
    );
    /* a signature may also break after its opening parenthesis */
    main.querySelectorAll("dl.py > dt.sig").forEach(function (signature) {
      var paren = signature.querySelector(".sig-paren");
      if (paren) paren.after(document.createElement("wbr"));
    });
    fit();
    var pending = null;
    window.addEventListener("resize", function () {
      if (pending) window.cancelAnimationFrame(pending);
      pending = window.requestAnimationFrame(fit);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", run);
  } else {
    run();
  }
})();
