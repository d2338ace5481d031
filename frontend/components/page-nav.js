/*
 * Where a page opens, and where focus goes, after each navigation. The app layout scrolls its own content area
 * (not the window), so the browser's and the router's scroll restoration never see it: this script keeps the
 * scroll position of each history entry and, when the server says a new view is shown (MainLayout calls
 * pedalNav.arrived), puts the reader at the top, at the #anchor, or - after Back/Forward - where they were.
 * Focus moves to the new page's h1, so a keyboard or screen-reader user starts reading the new page, not <body>.
 * Glossary tooltips close with Escape. A plain script served as a static file; no bundling needed.
 */
(function () {
  if (window.pedalNav) {
    return;
  }
  // Scroll positions by page (path and query). The page shown is the one the server last named: while the router
  // swaps pages, the address bar may briefly show another entry (on Back it steps forward and back again).
  var positions = {};
  var shown = null;
  var navigating = false;
  var navigatingSince = 0;
  var snapshot = null;
  var watched = null;

  function scroller() {
    var layout = document.querySelector('vaadin-app-layout');
    var content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part~="content"]');
    return content || document.scrollingElement;
  }

  /* Scroll events do not leave the layout's shadow root, so the content area itself is watched. */
  function watch() {
    var s = scroller();
    if (s && s !== watched) {
      watched = s;
      s.addEventListener('scroll', function () {
        // A Back that the router has already finished may still send a late popstate: a guard, not a lock.
        if (navigating && Date.now() - navigatingSince > 3000) {
          navigating = false;
        }
        if (!navigating && shown !== null) {
          positions[shown] = s.scrollTop;
        }
      }, { passive: true });
    }
  }

  /*
   * Where the reader was when they clicked or pressed a key: taken before the router replaces the page, which may
   * clamp the scroll position (and fire a scroll event) before the new page is announced.
   */
  function take() {
    var s = scroller();
    snapshot = { page: shown, top: s ? s.scrollTop : 0 };
  }
  document.addEventListener('click', take, true);
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' || e.key === ' ') {
      take();
    }
  }, true);

  // Capture, so this runs before the router's own listener reacts.
  window.addEventListener('popstate', function () {
    navigating = true;
    navigatingSince = Date.now();
  }, true);
  history.scrollRestoration = 'manual';

  function target() {
    var id = location.hash ? decodeURIComponent(location.hash.slice(1)) : '';
    return id ? document.getElementById(id) : null;
  }

  function focusHeading(el) {
    var h = el || document.querySelector('.page-main h1') || document.querySelector('.page-main');
    if (!h) {
      return;
    }
    if (!h.hasAttribute('tabindex')) {
      h.setAttribute('tabindex', '-1');
    }
    h.focus({ preventScroll: true });
  }

  /*
   * Wide tables scroll inside their .table-scroll box: one that overflows gets a hint (CSS), a shadow until its
   * end is reached, and - being a scrollable region - a tab stop and a name, so keyboard users can scroll it too.
   */
  function markTables() {
    document.querySelectorAll('.table-scroll, .tree-map-scroll').forEach(markOne);
  }

  function markOne(box) {
    var over = box.scrollWidth > box.clientWidth + 1;
    box.classList.toggle('overflowing', over);
    if (over) {
      box.setAttribute('tabindex', '0');
      box.setAttribute('role', 'region');
      if (!box.hasAttribute('aria-label')) {
        var caption = box.querySelector('caption');
        box.setAttribute('aria-label', box.classList.contains('tree-map-scroll') ? 'Overview map, scrolls sideways'
            : (caption ? caption.textContent.trim() + ': ' : '') + 'table, scrolls sideways');
      }
    } else if (box.getAttribute('tabindex') === '0') {
      box.removeAttribute('tabindex');
    }
    if (!box.__scrollWatch) {
      box.__scrollWatch = true;
      if (window.ResizeObserver) {
        // A box that appears or changes size later (a map in a panel being opened) is measured again.
        new ResizeObserver(function () { markOne(box); }).observe(box);
      }
      box.addEventListener('scroll', function () {
        box.classList.toggle('at-end', box.scrollLeft + box.clientWidth >= box.scrollWidth - 2);
      }, { passive: true });
    }
  }
  var resizeTimer;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(markTables, 150);
  });

  /*
   * A reader who scrolled the page's opening (the text the HTML carries before this client has started, see
   * base/ui/FirstPaint) finds the block they were reading where it was on the screen, not the page's top.
   */
  function resume(s, initial) {
    var at = window.pedalResume;
    window.pedalResume = null;
    var block = at && initial ? document.querySelectorAll('.page-main .prose > *')[at.index] : null;
    if (block) {
      s.scrollTop = block.getBoundingClientRect().top - at.top;
    }
  }

  /*
   * Called by the server after it has put a new view in place: history is true for Back/Forward, initial for the
   * first page of a browser load (focus then stays at the document's start, where the skip link is first).
   */
  function arrived(history, initial, page) {
    var back = history;
    navigating = true;
    navigatingSince = Date.now();
    watch();
    // The page left by a click or key press keeps its position as it was then (whatever the swap did to it).
    if (!back && snapshot && snapshot.page !== null && snapshot.page !== page) {
      positions[snapshot.page] = snapshot.top;
    }
    snapshot = null;
    shown = page;
    // Wait a frame so that the new view is laid out before measuring or scrolling.
    requestAnimationFrame(function () {
      markTables();
      var s = scroller();
      var anchor = target();
      var main = document.querySelector('.page-main');
      var own = document.activeElement;
      // A view that put focus on one of its own section headings (a decision tree's next node) has already
      // chosen where the reader continues: leave focus and scroll to it.
      var viewChose = !back && !anchor && own && main && main.contains(own)
          && own.matches('h2[tabindex="-1"], h3[tabindex="-1"]');
      if (viewChose) {
        // nothing to do
      } else if (back && positions[page] !== undefined) {
        s.scrollTop = positions[page];
        focusHeading();
      } else if (anchor) {
        anchor.classList.add('targeted');
        anchor.scrollIntoView({ block: 'start' });
        if (!anchor.hasAttribute('tabindex') && !anchor.matches('a, button, input, select, textarea, summary')) {
          anchor.setAttribute('tabindex', '-1');
        }
        if (!initial) {
          anchor.focus({ preventScroll: true });
        }
      } else {
        s.scrollTop = 0;
        if (document.scrollingElement && s !== document.scrollingElement) {
          document.scrollingElement.scrollTop = 0;
        }
        resume(s, initial);
        if (!initial) {
          focusHeading();
        }
      }
      navigating = false;
      positions[page] = s.scrollTop;
    });
  }

  /* Glossary tooltips: Escape hides the one open on the focused or hovered term until the term is left. */
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') {
      return;
    }
    var open = document.querySelectorAll('.gloss:hover, .gloss:focus-within');
    open.forEach(function (term) {
      term.classList.add('tip-dismissed');
    });
  });
  document.addEventListener('focusout', function (e) {
    var term = e.target.closest && e.target.closest('.gloss');
    if (term && !term.contains(e.relatedTarget)) {
      term.classList.remove('tip-dismissed');
    }
  });
  document.addEventListener('mouseout', function (e) {
    var term = e.target.closest && e.target.closest('.gloss');
    if (term && !term.contains(e.relatedTarget)) {
      term.classList.remove('tip-dismissed');
    }
  });

  /* Keeps an open tooltip inside the viewport: it starts under its term and shifts left as far as needed. */
  function place(term) {
    var tip = term.querySelector('.gloss-tip');
    if (!tip) {
      return;
    }
    tip.style.removeProperty('--tip-shift');
    var r = tip.getBoundingClientRect();
    var margin = 8;
    var over = r.right - (document.documentElement.clientWidth - margin);
    var shift = over > 0 ? Math.min(over, r.left - margin) : 0;
    if (shift > 0) {
      tip.style.setProperty('--tip-shift', -shift + 'px');
    }
  }
  ['focusin', 'mouseover'].forEach(function (type) {
    document.addEventListener(type, function (e) {
      var term = e.target.closest && e.target.closest('.gloss');
      if (term) {
        place(term);
      }
    });
  });

  /*
   * Links inside inline SVG (the decision trees' overview map) are not seen by the router, which handles HTML
   * anchors only: a click would reload the whole app. Hand it to the router through an HTML anchor instead.
   */
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('svg a[href]');
    if (!link || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) {
      return;
    }
    e.preventDefault();
    var proxy = document.createElement('a');
    proxy.setAttribute('href', link.getAttribute('href'));
    proxy.style.display = 'none';
    document.querySelector('.page-main').appendChild(proxy);
    proxy.click();
    proxy.remove();
  }, true);

  /* The skip link: focus the page's heading, which is where the content starts. */
  document.addEventListener('click', function (e) {
    if (e.target.closest && e.target.closest('.skip-link')) {
      e.preventDefault();
      var h = document.querySelector('.page-main h1');
      focusHeading(h || document.querySelector('.page-main'));
      (h || document.querySelector('.page-main')).scrollIntoView({ block: 'start' });
    }
  });

  window.pedalNav = { arrived: arrived };
  if (window.pedalNavPending !== undefined) {
    arrived(window.pedalNavPending[0], window.pedalNavPending[1], window.pedalNavPending[2]);
    delete window.pedalNavPending;
  }
})();
