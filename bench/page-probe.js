/* global window, document, location, PerformanceObserver, CSS, addEventListener, removeEventListener, dispatchEvent, Event, setInterval, clearInterval */
// Runs in the benchmark pages' own world. Records long tasks, when highlights first appear and
// when their count last changed, and answers for the content script's stats and for mark.js.
(() => {
  const b = (window.__bench = { longtasks: [], firstMark: -1, lastChange: -1, count: 0, chunks: [] });
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    b.longtasks = null; // Firefox has no long-task entries
  }
  const seen = new WeakSet();
  // Every 16 ms on a timer, not on every animation frame: a requestAnimationFrame loop makes the
  // browser render every frame, which a page that only appends content does not do, and each
  // such frame costs a marked page more (intersection checks, highlight pre-paint) than a bare one.
  // The poll's own time is kept (`probeMs`), so that the benchmark can take it out of the page's.
  b.probeMs = 0;
  const poll = () => {
    const t0 = performance.now();
    let n = 0;
    const hs = window.CSS && CSS.highlights ? [...CSS.highlights.values()] : [];
    for (const h of hs) n += h.size;
    if (n !== b.count) {
      if (b.firstMark < 0 && n > 0) b.firstMark = t0;
      b.lastChange = t0;
      b.count = n;
    }
    if (b.chunks.some((c) => c.markedAt < 0)) {
      for (const h of hs) {
        for (const r of h) {
          if (seen.has(r)) continue;
          seen.add(r);
          const el = r.startContainer.parentElement && r.startContainer.parentElement.closest('[data-chunk]');
          const c = el && b.chunks[Number(el.dataset.chunk)];
          if (c && c.markedAt < 0) c.markedAt = t0;
        }
      }
    }
    b.probeMs += performance.now() - t0;
    setTimeout(poll, 16);
  };
  if (location.search.includes('poll')) setTimeout(poll, 16);

  b.stats = () => {
    let out = null;
    const on = (e) => { out = JSON.parse(e.detail); };
    addEventListener('factlens-bench-stats', on);
    dispatchEvent(new Event('factlens-bench-request'));
    removeEventListener('factlens-bench-stats', on);
    return out;
  };

  b.loadMark = () => new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/bench/mark.js';
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });

  /** mark.js as its users call it: the same aliases, across elements, whole words. Returns ms and marks. */
  b.runMark = (aliases) => {
    const t0 = performance.now();
    let marks = 0;
    new window.Mark(document.body).mark(aliases, {
      acrossElements: true, accuracy: 'exactly', separateWordSearch: false,
      done: (n) => { marks = n; },
    });
    return { ms: performance.now() - t0, marks };
  };

  /** About 1,000 changes a second for `seconds`: text replaced, paragraphs appended and removed, inline markup toggled. */
  b.startStorm = (seconds) => new Promise((resolve) => {
    const root = document.getElementById('storm');
    const texts = window.__stormTexts;
    const end = performance.now() + seconds * 1000;
    let n = 0;
    const t = setInterval(() => {
      for (let k = 0; k < 10; k++, n++) {
        const ps = root.children;
        const p = ps[n % ps.length];
        if (k % 3 === 0) p.textContent = texts[n % texts.length];
        else if (k % 3 === 1) {
          const q = document.createElement('p');
          q.textContent = texts[(n * 7) % texts.length];
          root.append(q);
          root.firstElementChild.remove();
        } else {
          const em = p.querySelector('em');
          if (em) em.replaceWith(em.textContent);
          else {
            const e = document.createElement('em');
            e.textContent = 'again';
            p.append(' ', e);
          }
        }
      }
      if (performance.now() >= end) {
        clearInterval(t);
        resolve(n);
      }
    }, 10);
  });

  /** Appends one chunk every 100 ms (about 1,000 nodes a second) for 10 s, each scrolled into view as it comes. */
  b.startFeed = () => new Promise((resolve) => {
    const feed = document.getElementById('feed');
    const chunks = window.__feedChunks;
    let i = 0;
    const t = setInterval(() => {
      const div = document.createElement('div');
      div.dataset.chunk = String(i);
      div.append(document.createRange().createContextualFragment(chunks[i % chunks.length]));
      b.chunks.push({ addedAt: performance.now(), markedAt: -1, nodes: div.querySelectorAll('*').length * 2 });
      feed.append(div);
      // The reader follows the feed, as on an infinite scroll: the newest chunk is in view.
      div.scrollIntoView({ block: 'end' });
      if (++i === 100) {
        clearInterval(t);
        resolve();
      }
    }, 100);
  });
})();
