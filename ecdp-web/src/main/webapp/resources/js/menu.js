/* Under 640 px the main menu folds behind a Menu button (without script it stays open). */
(function () {
    var toggle = document.getElementById('menuToggle');
    var menu = document.getElementById('mainMenu');
    if (!toggle || !menu) {
        return;
    }
    document.documentElement.classList.add('menu-folds');
    toggle.addEventListener('click', function () {
        var open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        menu.classList.toggle('open', open);
    });
})();
