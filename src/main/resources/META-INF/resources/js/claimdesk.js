// Progressive enhancement only: every page works without this file.
// On an article page, selecting words in the text fills the "from / to character" fields, and a button next to
// the selection records a claim from that passage in one press (the form under the article does the same
// without JavaScript).
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  var form = document.getElementById("selection-form");
  if (!text || !form) {
    return;
  }

  // Offset of a DOM position within the article text: each run carries its start in data-start. Offsets count
  // UTF-16 code units, as JavaScript strings do and as the server's Java strings do (an emoji counts two); the
  // server keeps the text in the form the page shows (\n line ends, no no-break spaces, composed accents).
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

  // The button beside the selection submits the selection form; it follows the text in the tab order.
  var button = document.createElement("button");
  button.type = "submit";
  button.id = "record-selection";
  button.className = "selection-button";
  button.setAttribute("form", form.id);
  button.textContent = "Record this passage";
  button.hidden = true;
  // Pressing the button must not clear the selection it is about to record.
  button.addEventListener("mousedown", function (event) {
    event.preventDefault();
  });
  text.parentNode.insertBefore(button, text.nextSibling);

  function place(range) {
    var rects = range.getClientRects();
    var last = rects.length > 0 ? rects[rects.length - 1] : range.getBoundingClientRect();
    button.hidden = false;
    var box = (button.offsetParent || document.body).getBoundingClientRect();
    var left = Math.min(last.right - box.left, box.width - button.offsetWidth);
    button.style.left = Math.max(0, left) + "px";
    button.style.top = (last.bottom - box.top + 4) + "px";
  }

  document.addEventListener("selectionchange", function () {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      button.hidden = true;
      return;
    }
    var range = selection.getRangeAt(0);
    if (!text.contains(range.commonAncestorContainer)) {
      button.hidden = true;
      return;
    }
    var start = offset(range.startContainer, range.startOffset);
    var end = offset(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) {
      button.hidden = true;
      return;
    }
    form.querySelector("[name=start]").value = start;
    form.querySelector("[name=end]").value = end;
    form.classList.add("has-selection");
    place(range);
  });
})();
