/*
 * The atlas's figure viewer: zoom and pan of an inline SVG by wheel, pinch, drag and keyboard, by changing its
 * viewBox (so the drawing stays crisp at any size), and small helpers the server calls for layers, steps, the
 * label self-test and hotspot selection. A plain script served as a static file; no bundling needed.
 * Activating a hotspot (click, tap, Enter or Space) dispatches a "figure-hotspot" event on the viewer's host.
 */
(function () {
  if (window.pedalFigure) {
    return;
  }
  var MAX_ZOOM = 8;

  function st(host) {
    return host && host.__figure;
  }

  function svgOf(host) {
    return host.querySelector('svg');
  }

  function apply(s) {
    var v = s.view, b = s.base;
    v.w = Math.min(b.w, Math.max(b.w / MAX_ZOOM, v.w));
    v.h = v.w * b.h / b.w;
    v.x = Math.min(b.x + b.w - v.w, Math.max(b.x, v.x));
    v.y = Math.min(b.y + b.h - v.h, Math.max(b.y, v.y));
    s.svg.setAttribute('viewBox', v.x + ' ' + v.y + ' ' + v.w + ' ' + v.h);
    var zoomed = v.w < b.w - 0.5;
    s.host.classList.toggle('zoomed', zoomed);
    s.host.setAttribute('data-zoom', (b.w / v.w).toFixed(2));
  }

  function toSvg(s, cx, cy) {
    var ctm = s.svg.getScreenCTM();
    if (!ctm) {
      return { x: s.view.x + s.view.w / 2, y: s.view.y + s.view.h / 2 };
    }
    var p = new DOMPoint(cx, cy).matrixTransform(ctm.inverse());
    return { x: p.x, y: p.y };
  }

  function zoomAt(s, factor, p) {
    var v = s.view;
    var w = Math.min(s.base.w, Math.max(s.base.w / MAX_ZOOM, v.w / factor));
    var k = w / v.w;
    v.x = p.x - (p.x - v.x) * k;
    v.y = p.y - (p.y - v.y) * k;
    v.w = w;
    apply(s);
  }

  function centre(s) {
    return { x: s.view.x + s.view.w / 2, y: s.view.y + s.view.h / 2 };
  }

  function unitsPerPixel(s) {
    var ctm = s.svg.getScreenCTM();
    return ctm && ctm.a ? 1 / ctm.a : 1;
  }

  function fire(host, id) {
    host.dispatchEvent(new CustomEvent('figure-hotspot', { detail: id }));
  }

  function distance(s) {
    var pts = Array.from(s.pointers.values());
    return Math.hypot(pts[0].x - pts[1].x, pts[0].y - pts[1].y);
  }

  function midpoint(s) {
    var pts = Array.from(s.pointers.values());
    return { x: (pts[0].x + pts[1].x) / 2, y: (pts[0].y + pts[1].y) / 2 };
  }

  function init(host) {
    var svg = svgOf(host);
    if (!svg || svg.__figureReady) {
      return;
    }
    svg.__figureReady = true;
    var vb = svg.viewBox.baseVal;
    var s = {
      host: host, svg: svg, base: { x: vb.x, y: vb.y, w: vb.width, h: vb.height },
      view: { x: vb.x, y: vb.y, w: vb.width, h: vb.height }, pointers: new Map(), moved: false
    };
    host.__figure = s;
    apply(s);

    // The wheel scrolls the page as everywhere else; it zooms only with Ctrl or ⌘ held (a trackpad pinch sends
    // such a wheel event too), so a drawing in the middle of a page never traps the reader's scrolling.
    svg.addEventListener('wheel', function (e) {
      if (!e.ctrlKey && !e.metaKey) {
        return;
      }
      e.preventDefault();
      zoomAt(s, e.deltaY < 0 ? 1.2 : 1 / 1.2, toSvg(s, e.clientX, e.clientY));
    }, { passive: false });

    svg.addEventListener('pointerdown', function (e) {
      s.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (s.pointers.size === 1) {
        s.moved = false;
        s.start = { x: e.clientX, y: e.clientY };
      } else if (s.pointers.size === 2) {
        s.pinch = distance(s);
        s.moved = true;
      }
    });

    svg.addEventListener('pointermove', function (e) {
      var last = s.pointers.get(e.pointerId);
      if (!last) {
        return;
      }
      var now = { x: e.clientX, y: e.clientY };
      if (s.pointers.size === 2) {
        s.pointers.set(e.pointerId, now);
        var d = distance(s);
        if (s.pinch > 0 && d > 0) {
          var m = midpoint(s);
          zoomAt(s, d / s.pinch, toSvg(s, m.x, m.y));
        }
        s.pinch = d;
        return;
      }
      if (!s.moved && Math.hypot(now.x - s.start.x, now.y - s.start.y) < 5) {
        return;
      }
      if (!s.moved) {
        s.moved = true;
        try { svg.setPointerCapture(e.pointerId); } catch (ignored) { /* already released */ }
      }
      var k = unitsPerPixel(s);
      s.view.x -= (now.x - last.x) * k;
      s.view.y -= (now.y - last.y) * k;
      s.pointers.set(e.pointerId, now);
      apply(s);
    });

    function release(e) {
      s.pointers.delete(e.pointerId);
      if (s.pointers.size < 2) {
        s.pinch = 0;
      }
    }
    svg.addEventListener('pointerup', release);
    svg.addEventListener('pointercancel', release);

    svg.addEventListener('click', function (e) {
      if (s.moved) {
        s.moved = false;
        return;
      }
      var spot = e.target.closest('[data-hotspot]');
      if (spot) {
        fire(host, spot.getAttribute('data-hotspot'));
      }
    });

    host.addEventListener('keydown', function (e) {
      var stage = host.closest('.figure-stage');
      var stepper = stage && stage.querySelector('#step-next');
      if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && !e.shiftKey
          && (host.closest('.presenter') || stepper)) {
        if (!host.closest('.presenter')) {
          // A figure with steps: ← → step through the sequence (Shift+← → still pan).
          var button = stage.querySelector(e.key === 'ArrowLeft' ? '#step-previous' : '#step-next');
          if (button && !button.hasAttribute('disabled')) {
            button.click();
          }
          e.preventDefault();
        }
        return; // in presenter mode the stage's own keys step through the sequence
      }
      var spot = e.target.closest && e.target.closest('[data-hotspot]');
      if (spot && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        fire(host, spot.getAttribute('data-hotspot'));
        return;
      }
      var step = 0.1 * s.view.w;
      switch (e.key) {
        case '+': case '=': zoomAt(s, 1.25, centre(s)); break;
        case '-': case '_': zoomAt(s, 0.8, centre(s)); break;
        case '0': reset(host); break;
        case 'ArrowLeft': s.view.x -= step; apply(s); break; // Shift+← on a figure with steps
        case 'ArrowRight': s.view.x += step; apply(s); break;
        case 'ArrowUp': s.view.y -= step; apply(s); break;
        case 'ArrowDown': s.view.y += step; apply(s); break;
        default: return;
      }
      e.preventDefault();
    });
  }

  function reset(host) {
    var s = st(host);
    if (s) {
      s.view = { x: s.base.x, y: s.base.y, w: s.base.w, h: s.base.h };
      apply(s);
    }
  }

  function each(host, selector, fn) {
    Array.prototype.forEach.call(host.querySelectorAll(selector), fn);
  }

  window.pedalFigure = {
    init: init,
    reset: reset,
    zoom: function (host, factor) {
      var s = st(host);
      if (s) {
        zoomAt(s, factor, centre(s));
      }
    },
    layer: function (host, id, visible) {
      each(host, '[data-layer="' + id + '"]', function (el) {
        el.classList.toggle('layer-off', !visible);
      });
    },
    step: function (host, index) {
      each(host, '[data-steps]', function (el) {
        if (el.getAttribute('data-steps').indexOf(' ' + index + ' ') >= 0) {
          el.removeAttribute('display');
        } else {
          el.setAttribute('display', 'none');
        }
      });
    },
    selfTest: function (host, on) {
      host.classList.toggle('self-test', on);
      each(host, '.revealed', function (el) { el.classList.remove('revealed'); });
      var n = 0;
      each(host, '[data-hotspot]', function (el) {
        el.classList.remove('selected', 'right', 'wrong');
        // the names are what the test asks for: screen readers hear a neutral name while it runs
        if (on) {
          el.setAttribute('data-name', el.getAttribute('aria-label') || '');
          el.setAttribute('aria-label', 'Region ' + (++n));
        } else if (el.hasAttribute('data-name')) {
          el.setAttribute('aria-label', el.getAttribute('data-name'));
          el.removeAttribute('data-name');
        }
      });
    },
    reveal: function (host, id, outcome) {
      each(host, '[data-label-for="' + id + '"]', function (el) { el.classList.add('revealed'); });
      each(host, '[data-hotspot="' + id + '"]', function (el) {
        el.classList.remove('selected');
        el.classList.add(outcome);
        if (el.hasAttribute('data-name')) {
          el.setAttribute('aria-label', el.getAttribute('data-name'));
        }
      });
    },
    select: function (host, id) {
      each(host, '[data-hotspot]', function (el) {
        var on = el.getAttribute('data-hotspot') === id;
        el.classList.toggle('selected', on);
        if (el.hasAttribute('aria-pressed')) {
          el.setAttribute('aria-pressed', on ? 'true' : 'false');
        }
      });
    },
    highlight: function (host, id, on) {
      each(host, '[data-callout]', function (a) {
        if (a.getAttribute('id') === id) {
          a.classList.toggle('highlight', on);
        }
      });
    },
    /* Presenter mode: keyboard only. ←/→ step, L labels, F full screen, Esc leaves. Keys press the page's own
       controls, so the server stays the one place that knows the state. */
    stage: function (stage) {
      if (stage.__presenterKeys) {
        return;
      }
      stage.__presenterKeys = true;
      function press(selector) {
        var el = document.querySelector(selector);
        if (el) {
          el.click();
        }
      }
      stage.addEventListener('keydown', function (e) {
        if (!stage.classList.contains('presenter') || e.altKey || e.ctrlKey || e.metaKey
            || (e.target.closest && e.target.closest('vaadin-text-field'))) {
          return;
        }
        switch (e.key) {
          case 'ArrowLeft': press('#step-previous'); break;
          case 'ArrowRight': press('#step-next'); break;
          case 'l': case 'L': press('#layer-labels'); break;
          case 'f': case 'F':
            if (document.fullscreenElement) {
              document.exitFullscreen().catch(function () {});
            } else if (stage.requestFullscreen) {
              stage.requestFullscreen().catch(function () {});
            }
            break;
          case 'Escape': press('#presenter-toggle'); break;
          default: return;
        }
        e.preventDefault();
      });
    },
    presenter: function (stage, on) {
      if (on) {
        if (stage.requestFullscreen && !document.fullscreenElement) {
          stage.requestFullscreen().catch(function () {});
        }
        stage.focus();
      } else if (document.fullscreenElement) {
        document.exitFullscreen().catch(function () {});
      }
    }
  };
})();
