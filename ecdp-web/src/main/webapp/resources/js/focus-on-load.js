/* After a postback that shows a result lower down (the evidence pack's preview), focus moves to its heading unless an error summary needs it. */
(function () {
    var target = document.querySelector('[data-focus-on-load=true]');
    if (target && !document.getElementById('errorSummary')) {
        target.focus();
    }
})();
