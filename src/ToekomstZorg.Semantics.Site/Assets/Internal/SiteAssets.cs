namespace ToekomstZorg.Semantics.Site.Assets.Internal;

/// <summary>The site's one style sheet and one small script (the pages work without it).</summary>
internal static class SiteAssets
{
    // Colours meet WCAG 2.2 AA contrast (4.5:1 for text) on their backgrounds; focus is always visible.
    public const string Css = """
        :root { --ink: #1b1f24; --muted: #4a5361; --link: #0b4f9c; --line: #c9d1db; --warn-bg: #fff4e0; --warn: #7a3e00; --bad-bg: #fde8e8; --bad: #8f1d1d; --note-bg: #eef3fb; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
        a { color: var(--link); }
        a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, [tabindex]:focus-visible { outline: 3px solid #e07b00; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
        .skip:focus { left: 1rem; z-index: 10; }
        .banner { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: center; padding: .75rem 1.5rem; border-bottom: 1px solid var(--line); background: #f7f9fb; }
        .brand { font-weight: 700; text-decoration: none; color: var(--ink); }
        nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
        main { max-width: 84rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        main:focus { outline: none; }
        h1 { font-size: 1.9rem; margin: .5rem 0; }
        h2 { font-size: 1.3rem; margin-top: 2rem; }
        .subtitle, .en { color: var(--muted); }
        .lead { font-size: 1.1rem; }
        code, .code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .9em; background: #f2f4f7; padding: 0 .25em; border-radius: 3px; }
        table.data { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        table.data caption { text-align: left; font-weight: 600; padding: .25rem 0; color: var(--muted); }
        table.data th, table.data td { border: 1px solid var(--line); padding: .45rem .6rem; vertical-align: top; text-align: left; }
        table.data thead th { background: #eef1f5; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.warn > *, td.warn { background: var(--warn-bg); }
        tr.unmapped td { color: var(--muted); font-style: italic; }
        .scroll { overflow-x: auto; }
        .banner.falsefriend, .banner.deprecated { display: block; border: 2px solid var(--warn); background: var(--warn-bg); color: var(--warn); padding: .5rem 1rem; margin: 1rem 0; border-radius: 6px; }
        .banner.deprecated { border-color: var(--bad); background: var(--bad-bg); color: var(--bad); }
        .banner h2 { margin-top: .25rem; font-size: 1.15rem; }
        .banner a { color: inherit; font-weight: 600; }
        .open-question { border-left: 4px solid #6b4aa0; background: #f4f0fa; padding: .5rem .75rem; margin: .5rem 0; }
        .warning { color: var(--warn); font-weight: 600; margin: 0; }
        .error { color: var(--bad); font-weight: 600; }
        .note { background: var(--note-bg); padding: .5rem .75rem; }
        .rel { display: inline-block; font-weight: 700; padding: 0 .4em; border-radius: 3px; background: #e6ebf2; }
        .rel-exact { background: #dff3e4; color: #14532d; }
        .rel-close { background: #e7f0ff; color: #123b7a; }
        .rel-broad, .rel-narrow { background: #fff1d6; color: #6b3a00; }
        .rel-related { background: #eee; color: #333; }
        .gloss { color: var(--muted); }
        .tag { font-size: .8em; border: 1px solid var(--bad); color: var(--bad); padding: 0 .3em; border-radius: 3px; }
        .tree, .tree ul { list-style: disc; }
        form.search, form.translate { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: 1rem 0; }
        form label { display: block; font-weight: 600; width: 100%; }
        form.translate label { width: auto; }
        input, select, button { font: inherit; padding: .4rem .6rem; border: 1px solid #6b7685; border-radius: 4px; }
        input[type=search] { min-width: 18rem; }
        button { background: var(--link); color: #fff; border-color: var(--link); cursor: pointer; }
        .footer { border-top: 1px solid var(--line); padding: 1rem 1.5rem; color: var(--muted); }
        .formats a { margin-right: .25rem; }
        """;

    // Search as you type: fetch the same server-rendered results page and swap in its result list. Without
    // JavaScript the form submits as usual.
    public const string Script = """
        (() => {
          const input = document.querySelector('input[data-live]');
          const region = input && document.getElementById(input.dataset.live);
          if (!input || !region) return;
          let timer = 0, last = input.value;
          input.addEventListener('input', () => {
            clearTimeout(timer);
            timer = setTimeout(async () => {
              const q = input.value.trim();
              if (q === last || q.length === 0) return;
              last = q;
              const form = input.form, params = new URLSearchParams(new FormData(form));
              const response = await fetch(form.action + '?' + params.toString(), { headers: { Accept: 'text/html' } });
              if (!response.ok) return;
              const page = new DOMParser().parseFromString(await response.text(), 'text/html');
              const fresh = page.getElementById(region.id);
              if (fresh && input.value.trim() === q) {
                region.replaceChildren(...fresh.childNodes);
                history.replaceState(null, '', form.action + '?' + params.toString());
              }
            }, 200);
          });
        })();
        """;
}
