/*
 * The capture form's keyboard helpers: Ctrl+Enter (or Cmd+Enter) in the summary logs the
 * entry; the theme search highlights its only suggestion so Enter takes it, but with several
 * suggestions Enter picks nothing and says how many match; focus returns to the theme search
 * after a theme is added.
 */
var ecdpCapture = (function () {
    function themesInput() {
        return document.getElementById('capture:themes_input');
    }

    function say(text) {
        var status = document.getElementById('themesStatus');
        if (status) {
            status.textContent = text;
        }
    }

    function picker() {
        return window.PF ? PF('themesPicker') : null;
    }

    if (window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.AutoComplete) {
        var show = PrimeFaces.widget.AutoComplete.prototype.showSuggestions;
        PrimeFaces.widget.AutoComplete.prototype.showSuggestions = function (query) {
            show.call(this, query);
            if (this.jq.hasClass('theme-picker') && this.items) {
                if (this.items.length === 1) {
                    this.highlightItem(this.items.eq(0), true);
                    this.changeAriaValue(this.items[0]);
                    say('One theme matches: press Enter to add ' + this.items.eq(0).data('item-label') + '.');
                } else if (this.items.length > 1) {
                    say(this.items.length + ' themes match: press the Down arrow to choose one, or type more.');
                } else {
                    say('No theme matches.');
                }
            }
        };
    }

    (function prepare() {
        var input = themesInput();
        var capture = document.getElementById('capture');
        if (!input || !capture) {
            return;
        }
        // PrimeFaces writes pass-through attributes on the widget's wrapper: the text box needs them itself
        input.setAttribute('aria-describedby', ('themesHint chosenThemes themesStatus '
            + (input.getAttribute('aria-describedby') || '')).trim());
        if (capture.getAttribute('data-focus-themes') === 'true' && !document.getElementById('errorSummary')) {
            input.focus();
        }
    })();

    document.addEventListener('keydown', function (event) {
        var target = event.target;
        if (event.key !== 'Enter' || !target) {
            return;
        }
        if ((event.ctrlKey || event.metaKey) && target.getAttribute('data-ctrl-enter')) {
            var button = document.getElementById(target.getAttribute('data-ctrl-enter'));
            if (button) {
                event.preventDefault();
                button.click();
            }
            return;
        }
        var widget = picker();
        if (target === themesInput() && widget && widget.panel && widget.panel.is(':visible') && widget.items
            && widget.items.length > 1 && widget.items.filter('.ui-state-highlight').length === 0) {
            event.preventDefault();
            event.stopImmediatePropagation();
            say(widget.items.length + ' themes match: press the Down arrow to choose one, or type more.');
        }
    }, true);

    return {
        focusThemes: function () {
            var input = themesInput();
            if (input) {
                input.value = '';
                input.focus();
            }
            say('');
        }
    };
})();
