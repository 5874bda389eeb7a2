// Progressive enhancement only: every page works without this file.
// On an article page, selecting words in the text fills the "from / to character" fields, so a reviewer
// records a claim by selecting its passage and pressing one button.
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  var form = document.getElementById("selection-form");
  if (!text || !form) {
    return;
  }

  // Offset of a DOM position within the article text: each run carries its start in data-start.
  function offset(node, within) {
    var element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    var run = element.closest("[data-start]");
    if (!run || !text.contains(run)) {
      return null;
    }
    var before = document.createRange();
    before.setStart(run, 0);
    before.setEnd(node, within);
    return parseInt(run.getAttribute("data-start"), 10) + before.toString().length;
  }

  document.addEventListener("selectionchange", function () {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      return;
    }
    var range = selection.getRangeAt(0);
    if (!text.contains(range.commonAncestorContainer)) {
      return;
    }
    var start = offset(range.startContainer, range.startOffset);
    var end = offset(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) {
      return;
    }
    form.querySelector("[name=start]").value = start;
    form.querySelector("[name=end]").value = end;
    form.classList.add("has-selection");
  });
})();
