/* A submit that takes a while (an import, a match run, an erasure): mark its button with data-busy-message="what is
   happening…". On the form's first submit through that button the button is disabled, any further submit of the form
   (a second click, Enter in a field) does nothing, and the message is shown with a spinner in a polite live region
   beside the button, so a screen reader says it too. The button's own name and value still reach the server (a
   disabled button is not sent, so a hidden field carries them). Coming back to the page with the Back button
   makes the form usable again. */
(function () {
    var BUSY = 'data-busy';

    function statusFor(button) {
        var id = button.id + '-busy';
        var status = document.getElementById(id);
        if (!status) {
            // the live region is on the page before it speaks: a region created with its text is often not announced
            status = document.createElement('p');
            status.id = id;
            status.className = 'busy-status';
            status.setAttribute('role', 'status');
            status.setAttribute('aria-live', 'polite');
            button.insertAdjacentElement('afterend', status);
        }
        return status;
    }

    function busy(form, button) {
        form.setAttribute(BUSY, 'true');
        var carrier = document.createElement('input');
        carrier.type = 'hidden';
        carrier.name = button.name;
        carrier.value = button.value;
        carrier.setAttribute('data-busy-carrier', 'true');
        form.appendChild(carrier);
        button.disabled = true;
        var status = statusFor(button);
        var spinner = document.createElement('span');
        spinner.className = 'busy-spinner';
        spinner.setAttribute('aria-hidden', 'true');
        status.replaceChildren(spinner, document.createTextNode(button.getAttribute('data-busy-message')));
    }

    function ready(form) {
        form.removeAttribute(BUSY);
        Array.prototype.forEach.call(form.querySelectorAll('[data-busy-carrier]'), function (carrier) {
            carrier.remove();
        });
        Array.prototype.forEach.call(form.querySelectorAll('[data-busy-message]'), function (button) {
            button.disabled = false;
            statusFor(button).replaceChildren();
        });
    }

    Array.prototype.forEach.call(document.querySelectorAll('[data-busy-message]'), statusFor);

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.getAttribute(BUSY) === 'true') {
            event.preventDefault();
            return;
        }
        var button = event.submitter;
        if (event.defaultPrevented || !button || !button.hasAttribute('data-busy-message')) {
            return;
        }
        busy(form, button);
    });

    window.addEventListener('pageshow', function (event) {
        if (event.persisted) {
            Array.prototype.forEach.call(document.querySelectorAll('form[' + BUSY + ']'), ready);
        }
    });
})();
