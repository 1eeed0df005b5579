import { isAllowedLink, markdownPdf, markdownText, readBlocks, renderMarkdown } from './markdown';

describe('the one Markdown sanitiser', () => {
  it('renders the Markdown an organiser writes', () => {
    expect(
      renderMarkdown('## Изводи\n\n**Силно** и *леко*, `код`.\n\n- едно\n- две\n\n3. три\n4. четири'),
    ).toBe(
      [
        '<h3>Изводи</h3>',
        '<p><strong>Силно</strong> и <em>леко</em>, <code>код</code>.</p>',
        '<ul>',
        '<li>едно</li>',
        '<li>две</li>',
        '</ul>',
        '<ol start="3">',
        '<li>три</li>',
        '<li>четири</li>',
        '</ol>',
      ].join('\n'),
    );
  });

  it('starts the headings at h3, below the page’s title and section heading, and keeps their order', () => {
    expect(renderMarkdown('# Част\n\n### Подточка\n\n## Точка')).toBe(
      '<h3>Част</h3>\n<h5>Подточка</h5>\n<h4>Точка</h4>',
    );
    expect(renderMarkdown('#### Само\n\n###### Най-малко')).toBe('<h3>Само</h3>\n<h5>Най-малко</h5>');
    expect(renderMarkdown('Без заглавия.')).toBe('<p>Без заглавия.</p>');
  });

  it('keeps no tag, handler or link a page could run', () => {
    const html = renderMarkdown(
      [
        '<script>alert(1)</script>',
        '<iframe src="https://evil.example"></iframe>',
        '<img src=x onerror=alert(1)>',
        '[а](javascript:alert(1)) [б](JAVASCRIPT:alert(1)) [в](data:text/html,x) [г](vbscript:x)',
        '<a href="javascript:alert(2)">д</a>',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/<\s*(script|iframe|img)\b/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).not.toMatch(/<a\b[^>]*href="(?!https?:|mailto:)/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('links web and mail addresses with rel="noopener noreferrer"', () => {
    expect(renderMarkdown('[доклад](https://example.org/a?b=1&c=2) и office@example.org')).toBe(
      '<p><a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">доклад</a> и ' +
        '<a href="mailto:office@example.org" rel="noopener noreferrer">office@example.org</a></p>',
    );
    expect(isAllowedLink('https://x.org')).toBe(true);
    expect(isAllowedLink('mailto:a@b.bg')).toBe(true);
    expect(isAllowedLink(' javascript:alert(1)')).toBe(false);
    expect(isAllowedLink('/relative')).toBe(false);
  });

  it('reads its own output back as blocks, entities decoded and refused links left as words', () => {
    const html = renderMarkdown(
      '# Заглавие\n\nA & B < C "цитат" [връзка](https://example.org)\n\n> казано\n\n---',
    );
    expect(readBlocks(html)).toEqual([
      { kind: 'heading', level: 3, runs: [{ text: 'Заглавие' }] },
      {
        kind: 'paragraph',
        runs: [{ text: 'A & B < C "цитат" ' }, { text: 'връзка', link: 'https://example.org' }],
      },
      { kind: 'quote', blocks: [{ kind: 'paragraph', runs: [{ text: 'казано' }] }] },
      { kind: 'rule' },
    ]);
  });

  it('writes plain text for the e-mail: headings in capitals, lists marked, addresses after their words', () => {
    const html = renderMarkdown(
      '## Изводи\n\nВижте [доклада](https://example.org/r).\n\n- първо\n- второ\n\n1. а\n2. б\n\n```\nкод\n```',
    );
    expect(markdownText(html)).toBe(
      [
        'ИЗВОДИ',
        '',
        'Вижте доклада (https://example.org/r).',
        '',
        '- първо',
        '- второ',
        '',
        '1. а',
        '2. б',
        '',
        '    код',
      ].join('\n'),
    );
  });

  it('gives pdfmake only text, lists and links the sanitiser kept', () => {
    const content = markdownPdf(
      renderMarkdown('**Важно:** [сайт](https://example.org) [лошо](javascript:x)\n\n- а'),
    );
    expect(content).toEqual([
      {
        text: [
          { text: 'Важно:', bold: true },
          { text: ' ' },
          { text: 'сайт', link: 'https://example.org', color: '#1f5f8b', decoration: 'underline' },
          { text: ' [лошо](javascript:x)' },
        ],
        margin: [0, 0, 0, 6],
      },
      { ul: [{ stack: [{ text: [{ text: 'а' }], margin: [0, 0, 0, 6] }] }], margin: [0, 0, 0, 6] },
    ]);
  });
});
