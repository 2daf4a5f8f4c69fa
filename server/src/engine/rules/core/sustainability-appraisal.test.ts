import { deepStrictEqual } from 'node:assert/strict';
import { CORE, MINIMAL_SCS } from '../../../../../test/support/drafts';
import { edit } from '../../../../../test/support/harness';
import { expectFindings, findingsOf } from '../../../../../test/support/rule-cases';

const RULE = 'core/sustainability-appraisal';
const SCS = MINIMAL_SCS;

/** A Core Strategy submitted without its appraisal. */
const WITHOUT = edit(
  edit(CORE, 'sustainability-appraisal: ./sustainability-appraisal.md\n', ''),
  'status: draft',
  'status: submitted',
);
/** A Core Strategy still being drafted, its appraisal not yet recorded. */
const DRAFTED = edit(CORE, 'sustainability-appraisal: ./sustainability-appraisal.md\n', '');
const MESSAGE =
  'This Core Strategy records no Sustainability Appraisal: add ‘sustainability-appraisal:’ with the path to the appraisal, ' +
  'or ‘{published: YYYY-MM-DD}’ with the date it was published; the Planning and Compulsory Purchase Act 2004 (s.19(5)) requires one for it.';

describe('core/sustainability-appraisal', () => {
  it('reports a Core Strategy without a Sustainability Appraisal at the opening fence', () => {
    expectFindings(RULE, edit(WITHOUT, '---\n', '⟦---⟧\n'), [{ severity: 'warning', message: MESSAGE }]);
  });

  it('reminds a Core Strategy still being drafted, with an info', () => {
    expectFindings(RULE, edit(DRAFTED, '---\n', '⟦---⟧\n'), [
      {
        severity: 'info',
        message:
          'Record the Sustainability Appraisal once it is published: add ‘sustainability-appraisal:’ with its path or ‘{published: YYYY-MM-DD}’; ' +
          'the Planning and Compulsory Purchase Act 2004 (s.19(5)) requires one for this Core Strategy.',
      },
    ]);
    deepStrictEqual(
      findingsOf(RULE, DRAFTED)[0].fix?.title,
      'Add ‘sustainability-appraisal’ (then correct the path to the appraisal)',
    );
  });

  it('checks the `ldf-core-strategy` alias too', () => {
    expectFindings(RULE, edit(edit(WITHOUT, 'kind: core-strategy', 'kind: ldf-core-strategy'), '---\n', '⟦---⟧\n'), [
      { severity: 'warning', message: MESSAGE },
    ]);
  });

  it('stays quiet when the appraisal is linked or dated', () => {
    expectFindings(RULE, CORE, []);
    expectFindings(RULE, edit(CORE, './sustainability-appraisal.md', '{published: 2008-02-01}'), []);
  });

  it('leaves a key with no value to format/schema', () => {
    expectFindings(
      ['format/schema', RULE],
      edit(CORE, 'sustainability-appraisal: ./sustainability-appraisal.md', 'sustainability-appraisal: ⟦⟧'),
      [
        {
          rule: 'format/schema',
          severity: 'error',
          message:
            '‘sustainability-appraisal’ has the wrong form: make it a relative path, or a map with the ‘published’ date, not nothing.',
        },
      ],
    );
  });

  it('checks only Core Strategies', () => {
    expectFindings(RULE, SCS, []);
  });
});

describe('core/sustainability-appraisal fix', () => {
  it('adds the key with a placeholder path just before the closing fence', () => {
    deepStrictEqual(findingsOf(RULE, WITHOUT)[0].fix, {
      title: 'Add ‘sustainability-appraisal’ (then correct the path to the appraisal)',
      result: edit(
        WITHOUT,
        '  adopted: 2007-05-01\n---',
        '  adopted: 2007-05-01\nsustainability-appraisal: ./sustainability-appraisal.md\n---',
      ),
    });
  });
});
