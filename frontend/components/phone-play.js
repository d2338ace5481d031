/*
 * The workshop phone's screen (workshop/ui/PhonePlay): drawn here from two JSON properties the server sets.
 *  - "card": the open question as all the phones of a session share it (stem, input, and the words they need);
 *  - "state": this phone's own part (who it is, the phase's headings and lines, time left, a refused answer).
 * The answer goes back as one "phone-answer" event whose detail is {"position": n, "answer": …} as JSON text.
 * Plain DOM, in the page's light DOM so the hall's style sheet and the page's tests see it; no bundling needed.
 * Only texts are set as text; the one piece of markup, an image question's drawing, is the server's checked SVG.
 */
(function () {
  if (customElements.get('phone-play')) {
    return;
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (attrs[k] !== null && attrs[k] !== undefined) {
        e.setAttribute(k, attrs[k]);
      }
    });
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    return e;
  }

  function parse(text) {
    if (!text) {
      return null;
    }
    try {
      return JSON.parse(text);
    } catch (e) {
      return null;
    }
  }

  function fill(template, value) {
    return template.replace('{0}', value);
  }

  class PhonePlay extends HTMLElement {
    constructor() {
      super();
      this._card = '';
      this._state = '';
      this._shownKey = null;
      this._timer = null;
      this._form = null;
    }

    connectedCallback() {
      // Vaadin may set the properties before this script defines the element: take them over.
      ['card', 'state'].forEach(function (name) {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          var value = this[name];
          delete this[name];
          this[name] = value;
        }
      }, this);
      if (!this._identity) {
        this._identity = el('span', { id: 'play-identity' });
        this._stage = el('div', { 'class': 'play-stage', 'aria-live': 'polite' });
        this.appendChild(this._identity);
        this.appendChild(this._stage);
      }
      this._schedule();
    }

    disconnectedCallback() {
      clearInterval(this._timer);
    }

    get card() { return this._card; }
    set card(value) { this._card = value || ''; this._schedule(); }
    get state() { return this._state; }
    set state(value) { this._state = value || ''; this._schedule(); }

    /* Both properties of one server message arrive one after the other: draw once, after both. */
    _schedule() {
      if (this._pending || !this._stage) {
        return;
      }
      this._pending = true;
      Promise.resolve().then(function () {
        this._pending = false;
        this._draw();
      }.bind(this));
    }

    _draw() {
      var state = parse(this._state);
      if (!state) {
        return;
      }
      var card = parse(this._card);
      this._identity.textContent = state.identity;
      if (state.key === this._shownKey) {
        this._refusal(state.refusal);
        return;
      }
      this._shownKey = state.key;
      clearInterval(this._timer);
      this._form = null;
      // A keyboard user whose focus was on the screen being replaced (the send button, a choice) goes on from the
      // new screen's heading, not from the top of the page.
      // (A disabled send button hands the focus to the body: _refocus remembers it was here.)
      var hadFocus = this._stage.contains(document.activeElement)
        || (this._refocus && document.activeElement === document.body);
      this._refocus = false;
      this._stage.textContent = '';
      state.blocks.forEach(function (b) {
        if (b.t === 'countdown') {
          this._stage.appendChild(this._countdown(card, state));
        } else if (b.t === 'card' && card) {
          this._notes(card);
          this._stage.appendChild(this._question(card));
        } else if (b.t === 'h1' || b.t === 'p' || b.t === 'div') {
          var line = el(b.t, { id: b.id, 'class': b.c }, b.x);
          if (b.t === 'div') {
            line.setAttribute('role', 'status');
          }
          this._stage.appendChild(line);
        }
      }, this);
      var heading = this._stage.querySelector('h1');
      if (hadFocus && heading) {
        heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
      }
      this._refusal(state.refusal);
    }

    /* The time left ticks here: the server sends the remaining milliseconds once, not a push every second. */
    _countdown(card, state) {
      var span = el('span', { 'class': 'countdown', role: 'timer', 'aria-live': 'off' });
      if (!card || state.remainingMs === undefined) {
        span.textContent = card ? card.countdown.none : '';
        return span;
      }
      var end = Date.now() + state.remainingMs;
      var draw = function () {
        var s = Math.max(0, Math.ceil((end - Date.now()) / 1000));
        span.textContent = s > 0 ? fill(card.countdown.seconds, s.toLocaleString(state.lang)) : card.countdown.up;
        span.classList.toggle('low', s <= 5);
        if (s <= 0) {
          clearInterval(this._timer);
        }
      }.bind(this);
      draw();
      this._timer = setInterval(draw, 250);
      return span;
    }

    _notes(card) {
      if (!card.notes || card.notes.length === 0) {
        return;
      }
      var box = el('div', { 'class': 'translation-notice', role: 'note' });
      card.notes.forEach(function (n) { box.appendChild(el('p', { 'class': n.c }, n.x)); });
      this._stage.appendChild(box);
    }

    _question(card) {
      var box = el('div', { 'class': 'question-card' });
      box.appendChild(el('p', { id: 'play-stem', 'class': 'stem' }, card.stem));
      var problem = el('p', { id: 'answer-problem', 'class': 'field-problem', role: 'alert' });
      var form = inputs[card.input.kind](card.input, problem);
      box.appendChild(form.node);
      box.appendChild(problem);
      var send = el('button', { id: 'send-answer', type: 'button', 'class': 'send-answer' }, card.send);
      send.addEventListener('click', function () {
        var answer = form.answer();
        if (answer === undefined) {
          problem.textContent = card.input.missing || '';
          form.invalid(true);
          return;
        }
        form.invalid(false);
        problem.textContent = '';
        this._refocus = this._stage.contains(document.activeElement);
        send.disabled = true;
        this.dispatchEvent(new CustomEvent('phone-answer', {
          detail: JSON.stringify({ position: card.position, answer: answer })
        }));
      }.bind(this));
      box.appendChild(send);
      // Enter in the number field sends, as it would a form.
      box.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' && e.target.id === 'answer-number' && !send.disabled) {
          e.preventDefault();
          send.click();
        }
      });
      this._form = { form: form, problem: problem, send: send, attempt: 0 };
      return box;
    }

    /* A refused answer: its message beside the input, and the button back unless the question closed. */
    _refusal(refusal) {
      var f = this._form;
      if (!f || !refusal || refusal.attempt === f.attempt) {
        return;
      }
      f.attempt = refusal.attempt;
      f.problem.textContent = refusal.message;
      f.form.invalid(true);
      f.send.disabled = !!refusal.closes;
      if (this._refocus && document.activeElement === document.body) {
        // Back to the input the message is about, to correct the answer.
        var first = f.form.node.querySelector('input, select, button, [tabindex]');
        if (first) {
          first.focus();
        }
      }
      this._refocus = false;
    }
  }

  var uid = 0;

  /* One input per question type; each gives its answer, or undefined while incomplete. */
  var inputs = {
    one: function (input, problem) { return choices(input, problem, 'radio'); },
    any: function (input, problem) { return choices(input, problem, 'checkbox'); },

    number: function (input, problem) {
      var box = el('div', { id: 'answer-input', 'class': 'number-answer' });
      var field = el('input', { id: 'answer-number', type: 'text', inputmode: 'decimal', autocomplete: 'off',
        'aria-describedby': 'answer-number-help ' + problem.id });
      box.appendChild(el('label', { 'for': 'answer-number' }, input.label));
      var row = el('div', { 'class': 'number-row' });
      row.appendChild(field);
      if (input.unit) {
        row.appendChild(el('span', { 'class': 'number-unit', 'aria-hidden': 'true' }, input.unit));
      }
      box.appendChild(row);
      box.appendChild(el('p', { id: 'answer-number-help', 'class': 'muted' }, input.help));
      return {
        node: box,
        answer: function () { return field.value.trim() === '' ? undefined : field.value; },
        invalid: function (on) { field.setAttribute('aria-invalid', on ? 'true' : 'false'); }
      };
    },

    order: function (input) {
      var box = el('div', { id: 'answer-input', 'class': 'ordering' });
      box.appendChild(el('p', { 'class': 'muted' }, input.hint));
      var list = el('ol', { 'class': 'ordering-list' });
      box.appendChild(list);
      var order = input.choices.slice();
      var draw = function (focus) {
        list.textContent = '';
        order.forEach(function (item, at) {
          var li = el('li', { 'class': 'ordering-item' });
          li.appendChild(el('span', { 'class': 'ordering-text' }, item.t));
          [['up', -1, 'arrow-up'], ['down', 1, 'arrow-down']].forEach(function (m) {
            var button = el('button', { type: 'button', 'class': 'ordering-move ordering-' + m[0],
              'aria-label': fill(input[m[0]], item.t) });
            button.appendChild(el('img', { src: 'icons/ui/' + m[2] + '.svg', alt: '', 'aria-hidden': 'true' }));
            button.disabled = at + m[1] < 0 || at + m[1] >= order.length;
            button.addEventListener('click', function () {
              var other = at + m[1];
              order[at] = order[other];
              order[other] = item;
              draw({ index: other, dir: m[0] });
            });
            li.appendChild(button);
          });
          list.appendChild(li);
        });
        if (focus) {
          var moved = list.children[focus.index].querySelector('.ordering-' + focus.dir);
          (moved && !moved.disabled ? moved : list.children[focus.index].querySelector('button:not([disabled])')).focus();
        }
      };
      draw();
      return {
        node: box,
        answer: function () { return order.map(function (c) { return c.i; }); },
        invalid: function () {}
      };
    },

    match: function (input) {
      var box = el('div', { id: 'answer-input', 'class': 'matching' });
      var selects = input.lefts.map(function (left, i) {
        var row = el('div', { 'class': 'matching-row' });
        row.appendChild(el('label', { 'for': 'matching-' + i, id: 'matching-prompt-' + i, 'class': 'matching-prompt' }, left));
        var select = el('select', { id: 'matching-' + i });
        select.appendChild(el('option', { value: '' }, input.choose));
        input.choices.forEach(function (c) { select.appendChild(el('option', { value: String(c.i) }, c.t)); });
        row.appendChild(select);
        box.appendChild(row);
        return select;
      });
      return {
        node: box,
        answer: function () {
          var values = selects.map(function (s) { return s.value === '' ? null : Number(s.value); });
          return values.indexOf(null) >= 0 ? undefined : values;
        },
        invalid: function (on) {
          selects.forEach(function (s) { s.setAttribute('aria-invalid', on && s.value === '' ? 'true' : 'false'); });
        }
      };
    },

    spot: function (input) {
      var box = el('div', { id: 'answer-input', 'class': 'hotspot-answer' });
      var viewer = el('div', { 'class': 'figure-viewer' });
      var toolbar = el('div', { 'class': 'figure-toolbar' });
      var viewport = el('div', { 'class': 'figure-viewport', tabindex: '0', role: 'group', 'aria-label': input.label });
      viewport.innerHTML = input.svg;
      [['zoom-out', input.zoomOut, 'minus', function () { window.pedalFigure.zoom(viewport, 0.8); }],
        ['zoom-in', input.zoomIn, 'plus', function () { window.pedalFigure.zoom(viewport, 1.25); }],
        ['zoom-reset', input.zoomReset, 'expand', function () { window.pedalFigure.reset(viewport); }]]
        .forEach(function (t) {
          var button = el('button', { type: 'button', 'class': 'figure-tool figure-tool-' + t[0], 'aria-label': t[1], title: t[1] });
          button.appendChild(el('img', { src: 'icons/ui/' + t[2] + '.svg', alt: '', 'aria-hidden': 'true' }));
          button.addEventListener('click', function () { if (window.pedalFigure) { t[3](); } });
          toolbar.appendChild(button);
        });
      viewer.appendChild(toolbar);
      viewer.appendChild(el('span', { 'class': 'figure-phone-hint' }, input.swipe));
      viewer.appendChild(viewport);
      var status = el('span', { id: 'hotspot-status', 'class': 'hotspot-answer-status', role: 'status' }, input.none);
      box.appendChild(viewer);
      box.appendChild(status);
      var chosen;
      viewport.addEventListener('figure-hotspot', function (e) {
        chosen = e.detail;
        window.pedalFigure.select(viewport, chosen);
        status.textContent = input.chosen;
      });
      requestAnimationFrame(function () {
        if (window.pedalFigure) {
          window.pedalFigure.init(viewport);
        }
      });
      return {
        node: box,
        answer: function () { return chosen; },
        invalid: function () {}
      };
    }
  };

  /* Radio buttons or checkboxes in a fieldset: native, so phones, keyboards and screen readers know them. */
  function choices(input, problem, type) {
    var name = 'answer-' + (++uid);
    var box = el('fieldset', { id: 'answer-input', 'class': 'answer-choices', 'aria-describedby': problem.id });
    box.appendChild(el('legend', {}, input.label));
    var boxes = input.choices.map(function (c) {
      var label = el('label', { 'class': 'choice' });
      var box = el('input', { type: type, name: name, value: String(c.i) });
      label.appendChild(box);
      label.appendChild(el('span', {}, c.t));
      return { label: label, input: box, index: c.i };
    });
    boxes.forEach(function (b) { box.appendChild(b.label); });
    return {
      node: box,
      answer: function () {
        var chosen = boxes.filter(function (b) { return b.input.checked; }).map(function (b) { return b.index; });
        if (chosen.length === 0) {
          return undefined;
        }
        return type === 'radio' ? chosen[0] : chosen;
      },
      invalid: function (on) { box.classList.toggle('invalid', on); }
    };
  }

  customElements.define('phone-play', PhonePlay);
})();
