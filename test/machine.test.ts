/**
 * The conversation on the pure machine: what a person is asked, what the coach concludes
 * from the answers, and the commands that work everywhere.
 */
import { activePrompt, coachMachine } from '../machines';
import { BEST_CASE, drive, paid, type Step } from './support/drive';

const answers = (member: string, opened: Step, privilege: string, payment: string): Step[] => ['begin', member, opened, privilege, payment, 'renewOn'];

describe('eligibility check', () => {
  it('asks the five questions in order, each with "why" and "back"', () => {
    const seen: string[] = [];
    for (let n = 1; n <= 5; n++) {
      const { snapshot } = drive(BEST_CASE.slice(0, n));
      const prompt = activePrompt(snapshot);
      seen.push(prompt.stateId);
      expect(prompt.choices).toEqual(expect.arrayContaining(['why', 'back']));
    }
    expect(seen).toEqual(['askMember', 'askOpened', 'askPrivilege', 'askPayment', 'askAutoRenew']);
  });

  it('explains why a question is asked and stays on it', () => {
    const r = drive(['begin', 'firstTime', { command: 'why' }]);
    expect(r.said).toEqual(['why.askOpened']);
    expect(r.state).toBe('askOpened');
  });

  it.each([
    ['new, 1–3 days, nothing used', answers('firstTime', 'days1to3', 'noneUsed', 'alipay'), 'likely'],
    ['new, opened today', answers('firstTime', 'today', 'noneUsed', 'wechat'), 'likely'],
    ['new, exactly day 7', answers('firstTime', 'day7', 'noneUsed', 'alipay'), 'lastDay'],
    ['new, a privilege used', answers('firstTime', 'days4to6', 'gift', 'alipay'), 'privilegeUsed'],
    ['paid content watched', answers('firstTime', 'days1to3', 'paidContent', 'wechat'), 'privilegeUsed'],
    ['over 7 days', answers('firstTime', 'over7', 'noneUsed', 'alipay'), 'late'],
    ['over 7 days and a privilege used', answers('firstTime', 'over7', 'search', 'alipay'), 'late'],
    [
      'renewing member inside the window, reminded',
      ['begin', 'renewal', 'days1to3', 'reminderGot', 'reminderFull', 'noneUsed', 'alipay', 'renewOn'],
      'renewal',
    ],
    [
      'renewing member charged yesterday, no reminder',
      ['begin', 'renewal', { date: '2026-11-25' }, 'reminderNone', 'noneUsed', 'alipay', 'renewOn'],
      'noReminder',
    ],
    ['renewing member, no reminder, late and used', ['begin', 'renewal', 'over7', 'reminderNone', 'gift', 'wechat', 'renewOn'], 'noReminder'],
    // A renewal charge is not a late sign-up: the 7 days are about new members (issue 20, Fix 7).
    ['renewing member, late, reminded', ['begin', 'renewal', 'over7', 'reminderGot', 'reminderFull', 'noneUsed', 'wechat', 'renewOn'], 'renewal'],
    ['not sure if first time', answers('unsure', 'days1to3', 'noneUsed', 'alipay'), 'unsure'],
    ['not sure when', answers('firstTime', 'unsure', 'noneUsed', 'alipay'), 'unsure'],
    ['not sure about privileges', answers('firstTime', 'days1to3', 'unsure', 'alipay'), 'unsure'],
    ['paid through Apple', answers('firstTime', 'days1to3', 'noneUsed', 'apple'), 'apple'],
    ['Apple even when late', answers('firstTime', 'over7', 'gift', 'apple'), 'apple'],
  ])('%s → %s', (_name, steps, verdict) => {
    const r = drive(steps);
    expect(r.state).toBe('verdict');
    expect(r.snapshot.context.verdict).toBe(verdict);
    expect(activePrompt(r.snapshot).parts[0]!.key).toBe(`verdict.${verdict}`);
  });

  it('counts a typed date by the civil-code rule: the purchase day does not count', () => {
    // AT is 2026-11-26 in China. Bought 11-19: day 7 is 11-26, today, the last day.
    expect(drive(answers('firstTime', { date: '2026-11-19' }, 'noneUsed', 'alipay')).snapshot.context.verdict).toBe('lastDay');
    expect(drive(answers('firstTime', { date: '2026-11-20' }, 'noneUsed', 'alipay')).snapshot.context.verdict).toBe('likely');
    expect(drive(answers('firstTime', { date: '2026-11-18' }, 'noneUsed', 'alipay')).snapshot.context.verdict).toBe('late');
  });

  it.each([
    ['2026-11-23', 'verdict.deadline.left', { count: 4, lastDay: { date: '2026-11-30' } }],
    ['2026-11-19', 'verdict.deadline.today', { lastDay: { date: '2026-11-26' } }],
    ['2026-11-10', 'verdict.deadline.closed', { count: 9, lastDay: { date: '2026-11-17' } }],
  ])('for a purchase on %s states the last refund day and where the window stands', (date, key, vars) => {
    const parts = activePrompt(drive(answers('firstTime', { date }, 'noneUsed', 'alipay')).snapshot).parts;
    // One deadline line per verdict: the count, the last day and where the window stands.
    expect(parts.filter((p) => p.key.startsWith('verdict.deadline.')).map((p) => p.key)).toEqual([key]);
    expect(parts.find((p) => p.key === key)?.vars).toMatchObject(vars);
  });

  it('asks to confirm a date read with a guess, and uses it only when confirmed', () => {
    const guessed: Step = { date: '2026-11-20' };
    const pending = drive(['begin', 'firstTime', guessed]);
    expect(pending.state).toBe('askPrivilege'); // a certain date goes straight on
    const confirm = drive(['begin', 'firstTime', { date: '2026-11-20', confirm: true } as Step]);
    expect(confirm.state).toBe('confirmOpened');
    expect(confirm.snapshot.context).toMatchObject({ pendingDate: '2026-11-20' });
    expect(confirm.snapshot.context.openedOn).toBeUndefined();
    const yes = drive(['begin', 'firstTime', { date: '2026-11-20', confirm: true } as Step, 'yes']);
    expect(yes).toMatchObject({ state: 'askPrivilege', snapshot: { context: { openedOn: '2026-11-20' } } });
    const no = drive(['begin', 'firstTime', { date: '2026-11-20', confirm: true } as Step, 'no']);
    expect(no.state).toBe('askOpened');
    expect(no.snapshot.context.openedOn).toBeUndefined();
  });

  it('words the 7-day refund as what guides say, once, only where the advice rests on it', () => {
    const keysFor = (steps: Step[]) => activePrompt(drive(steps).snapshot).parts.map((p) => p.key);
    expect(keysFor(BEST_CASE).filter((k) => k === 'verdict.note.sevenDayPromise')).toHaveLength(1);
    expect(keysFor(answers('firstTime', 'day7', 'noneUsed', 'alipay'))).toContain('verdict.note.sevenDayPromise');
    for (const steps of [
      answers('firstTime', 'over7', 'noneUsed', 'alipay'),
      answers('firstTime', 'days1to3', 'gift', 'alipay'),
      answers('firstTime', 'days1to3', 'noneUsed', 'apple'),
    ]) {
      expect(keysFor(steps)).not.toContain('verdict.note.sevenDayPromise');
    }
  });

  it('asks a renewing member about the renewal charge and a reminder before it; others are not asked', () => {
    const renewing = drive(['begin', 'renewal']);
    expect(activePrompt(renewing.snapshot).parts[0]!.key).toBe('ask.askCharged');
    expect(drive(['begin', 'renewal', { date: '2026-11-25' }]).state).toBe('askReminder');
    expect(drive(['begin', 'renewal', 'days1to3']).state).toBe('askReminder');
    expect(drive(['begin', 'renewal', { date: '2026-11-20', confirm: true }, 'yes']).state).toBe('askReminder');
    expect(drive(['begin', 'firstTime', 'days1to3']).state).toBe('askPrivilege');
    expect(drive(['begin', 'renewal', 'days1to3', 'reminderNone', { command: 'back' }])).toMatchObject({ state: 'askReminder' });
  });

  it('leads the no-reminder verdict with the notice rules and customer service, with no 7-day deadline', () => {
    const r = drive(['begin', 'renewal', { date: '2026-11-25' }, 'reminderNone', 'noneUsed', 'alipay', 'renewOn']);
    const prompt = activePrompt(r.snapshot);
    expect(prompt.parts.map((p) => p.key)).toEqual(['verdict.noReminder', 'verdict.note.switchOffEarly', 'verdict.ask']);
    expect(prompt.choices[0]).toBe('goAppeal');
  });

  it('recognises 小红卡 and sends a missing refund to customer service', () => {
    const card = drive(['begin', 'redCard']);
    expect(card.state).toBe('redCard');
    // Whether the person saw the platform's notice or a report is asked first (eighth round M2).
    expect(drive(['begin', 'redCard', 'redCardNotRefunded']).state).toBe('askRedCardNotice');
    // How the card fee was paid, then the order number (tenth round m5).
    expect(drive(['begin', 'redCard', 'redCardNotRefunded', 'redCardNoticeNotSeen']).state).toBe('askRedCardWorks');
    expect(drive(['begin', 'redCard', 'redCardNotRefunded', 'redCardNoticeNotSeen', 'redCardWorksUnsure']).state).toBe('askRedCardPayment');
    const chase = drive(['begin', 'redCard', 'redCardNotRefunded', 'redCardNoticeNotSeen', 'redCardWorksUnsure', 'alipay']);
    expect(chase.state).toBe('askOrderNumber');
    expect(chase.snapshot.context.payment).toBe('alipay');
    expect(chase.snapshot.context).toMatchObject({ member: 'redCard', appealReason: 'redCardEnded', route: 'appeal', redCardNotice: 'notSeen' });
    expect(drive(['begin', 'redCard', 'redCardRefunded']).state).toBe('summary');
  });

  it.each([
    [{ date: '2027-01-02' }, 'opened.future'],
    [{ date: '2019-05-01' }, 'opened.tooOld'],
    [{ date: '2026-02-30' }, 'opened.unusable'],
  ])('refuses an impossible purchase date %p and asks again', (date, key) => {
    const r = drive(['begin', 'firstTime', date]);
    expect(r.said).toEqual([key]);
    expect(r.state).toBe('askOpened');
    expect(r.snapshot.context.openedOn).toBeUndefined();
  });

  it('answers free text it could not read with a clear reply and the same question', () => {
    const r = drive(['begin', { text: 'banana' }]);
    expect(r.said).toEqual(['fallback.text']);
    expect(r.state).toBe('askMember');
  });
});

describe('verdict routes', () => {
  it('offers app, web and customer service when the in-app request comes first', () => {
    expect(activePrompt(drive(BEST_CASE).snapshot).choices).toEqual(['walkApp', 'walkWeb', 'goAppeal', 'familyPaid', 'back']);
  });

  it('leads with customer service when a privilege was used', () => {
    const choices = activePrompt(drive(answers('firstTime', 'days1to3', 'gift', 'alipay')).snapshot).choices;
    expect(choices[0]).toBe('goAppeal');
  });

  it('sends Apple payers to Apple only', () => {
    expect(activePrompt(drive(answers('firstTime', 'days1to3', 'noneUsed', 'apple')).snapshot).choices).toEqual(['walkApple', 'familyPaid', 'back']);
  });
});

describe('refund walkthrough', () => {
  const app = [...BEST_CASE, 'walkApp'];

  it('goes through the app steps one at a time to "what to expect"', () => {
    const states: string[] = [];
    for (let done = 0; done <= 7; done++) states.push(drive([...app, ...Array(done).fill('done')]).state);
    expect(states).toEqual(['app_openMe', 'app_menu', 'app_orders', 'app_findOrder', 'app_applyRefund', 'app_reason', 'app_submit', 'afterSubmit']);
  });

  it('offers the other menu names, then the appeal route, when a menu cannot be found', () => {
    const stuck = drive([...app, 'done', 'done', 'cantFind']);
    expect(activePrompt(stuck.snapshot).parts[0]!.key).toBe('walk.app.ordersAlt');
    expect(drive([...app, 'done', 'done', 'cantFind', 'foundIt']).state).toBe('app_findOrder');
    const gaveUp = drive([...app, 'done', 'done', 'cantFind', 'stillCantFind']);
    expect(gaveUp.state).toBe('appealReason');
    expect(gaveUp.said).toEqual(['walk.toAppeal']);
  });

  it('has a web walkthrough ending in the same place', () => {
    const web = drive([...BEST_CASE, 'walkWeb', 'done', 'done', 'done', 'done', 'done']);
    expect(web.state).toBe('afterSubmit');
    expect(web.snapshot.context.route).toBe('web');
  });

  it.each([
    ['approved', 'renewal', 'approved'],
    // Reviews 31-33: the app's reason for refusing is asked first.
    ['refused', 'inAppRefusalReason', 'refused'],
    ['pending', 'renewal', 'pending'],
  ])('after submitting, "%s" leads to %s', (answer, state, outcome) => {
    const r = drive([...app, ...Array(7).fill('done'), answer]);
    expect(r.state).toBe(state);
    expect(r.snapshot.context.outcome).toBe(outcome);
  });

  it('walks Apple payers through Apple and handles an Apple refusal', () => {
    const apple = answers('firstTime', 'days1to3', 'noneUsed', 'apple');
    // The reason for a second request is asked first (eighth round m10), then the refusal's advice.
    expect(drive([...apple, 'walkApple', 'done', 'done', 'done', 'done', 'refused']).state).toBe('appleRefusalReason');
    const refused = drive([...apple, 'walkApple', 'done', 'done', 'done', 'done', 'refused', 'notNeeded']);
    expect(refused.state).toBe('appleRefused');
    expect(refused.snapshot.context.appealReason).toBe('notNeeded');
    expect(drive([...apple, 'walkApple', 'done', 'done', 'done', 'done', 'refused', 'skipReason', 'continue']).state).toBe('renewal');
  });
});

describe('appeal script', () => {
  const late = [...answers('firstTime', 'over7', 'noneUsed', 'wechat'), 'goAppeal'];

  it('sets expectations for a late request, asks the reason, then offers the ladder', () => {
    const reason = drive(late);
    expect(activePrompt(reason.snapshot).parts.map((p) => p.key)).toEqual(['appeal.intro.late', 'appeal.askReason']);
    const menu = drive([...late, 'misled', 'skipMisledDetail', 'skipOrder']);
    expect(menu.state).toBe('appealMenu');
    // Thirteenth review M1: a first-timer is also asked about the sign-up page (skippable: any channel goes on).
    expect(activePrompt(menu.snapshot).choices).toEqual([
      'cs',
      'payChannel',
      'email',
      'complain12315',
      'heimao',
      'social',
      'signupShown',
      'signupNotShown',
      'signupUnsure',
      'finish',
      'back',
    ]);
  });

  it("writes the customer-service script with the user's reason and manages expectations", () => {
    const cs = activePrompt(drive([...late, 'misled', 'skipMisledDetail', 'skipOrder', 'cs']).snapshot);
    const script = cs.parts.find((p) => p.key === 'appeal.cs.script');
    expect(script).toMatchObject({ draft: true, vars: { reason: { key: 'reason.misled' }, payment: { key: 'choice.wechat' } } });
    expect(cs.parts.map((p) => p.key)).toEqual(expect.arrayContaining(['appeal.cs.ready', 'appeal.cs.escalate', 'appeal.cs.expect.late']));
  });

  it('climbs the ladder when a channel did not work', () => {
    const r = drive([...late, 'money', 'skipOrder', 'cs', 'notWorked']);
    expect(r.state).toBe('appealMenu');
    expect(r.said).toEqual(['appeal.after.cs']);
    expect(r.snapshot.context.unresolved).toEqual(['cs']);
    expect(drive([...late, 'money', 'skipOrder', 'social', 'notWorked']).said).toEqual(['appeal.after.social']);
    const climbed = drive([...late, 'money', 'skipOrder', 'email', 'notWorked', 'complain12315']).snapshot.context;
    expect(climbed.triedChannels).toEqual(['email', 'complain12315']);
    // Opening a rung is not using it: only the reported result counts as tried.
    expect(climbed.unresolved).toEqual(['email']);
    expect(drive([...late, 'money', 'skipOrder', 'cs', 'notWorked', { command: 'back' }]).snapshot.context.unresolved).toEqual([]);
  });

  it('tells a refund apart from progress: money dates only for a refund', () => {
    const refunded = drive([...late, 'money', 'skipOrder', 'cs', 'refunded']);
    expect(refunded).toMatchObject({ state: 'renewal', snapshot: { context: { outcome: 'approved' } } });
    expect(activePrompt(refunded.snapshot).parts[0]!.key).toBe('refund.arrival.wechat');
    const progress = drive([...late, 'money', 'skipOrder', 'complain12315', 'progress']);
    expect(progress).toMatchObject({
      state: 'renewal',
      said: ['appeal.progress.complain12315'],
      snapshot: { context: { outcome: 'progress', progressAt: 'complain12315' } },
    });
    expect(activePrompt(progress.snapshot).parts.map((p) => p.key)).not.toContain('refund.arrival.wechat');
  });

  it("puts the payment-app complaint after customer service, naming the person's own app", () => {
    const menu = activePrompt(drive([...late, 'money', 'skipOrder']).snapshot);
    expect(
      menu.parts
        .filter((p) => p.line)
        .map((p) => p.key)
        .slice(0, 2),
    ).toEqual(['appeal.menuItem.cs', 'appeal.menuItem.payChannel.wechat']);
    const rung = activePrompt(drive([...late, 'money', 'skipOrder', 'payChannel']).snapshot);
    expect(rung.parts.map((p) => p.key).filter((k) => k.startsWith('appeal.payChannel.where.'))).toEqual(['appeal.payChannel.where.wechat']);
    const unsure = activePrompt(
      drive(['begin', 'firstTime', 'over7', 'noneUsed', 'unsure', 'renewOn', 'goAppeal', 'money', 'skipOrder', 'payChannel']).snapshot,
    );
    expect(unsure.parts.map((p) => p.key).filter((k) => k.startsWith('appeal.payChannel.where.'))).toEqual([
      'appeal.payChannel.where.wechat',
      'appeal.payChannel.where.alipay',
    ]);
  });
});

describe('auto-renew reminder and summary', () => {
  it.each([
    ['alipay', 'renew.channel.alipay', true],
    ['wechat', 'renew.channel.wechat', true],
    ['apple', 'renew.channel.apple', false],
    ['otherPay', 'renew.channel.otherPay', true],
    ['unsure', 'renew.channel.unsure', true],
  ])('names the %s switch (and the in-app path where it applies)', (payment, key, inApp) => {
    const steps: Step[] = ['begin', 'firstTime', 'days1to3', 'noneUsed', ...paid(payment), 'renewOn', payment === 'apple' ? 'walkApple' : 'goAppeal'];
    const r = drive(payment === 'apple' ? [...steps, 'done', 'done', 'done', 'done', 'approved'] : [...steps, 'notNeeded', 'skipOrder', 'finish']);
    expect(r.state).toBe('renewal');
    const keys = activePrompt(r.snapshot).parts.map((p) => p.key);
    expect(keys).toContain(key);
    expect(keys.includes('renew.inApp')).toBe(inApp);
  });

  it('closes with a summary of verdict, route, outcome and next steps', () => {
    const r = drive([...BEST_CASE, 'walkApp', ...Array(7).fill('done'), 'pending', 'renewLater', 'skipReminder']);
    expect(r.state).toBe('summary');
    const keys = activePrompt(r.snapshot).parts.map((p) => p.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'summary.verdict.likely',
        'summary.route.app',
        'summary.outcome.pending',
        'summary.next.waitReview',
        'summary.next.switchOffRenewal',
        'summary.evidenceTitle',
        'summary.evidence.requestScreenshot',
      ]),
    );
  });
});

describe('commands in every state', () => {
  it('back undoes the last answer', () => {
    const r = drive([...BEST_CASE.slice(0, 4), { command: 'back' }]);
    expect(r.state).toBe('askPrivilege');
    expect(r.snapshot.context.privilege).toBeUndefined();
    expect(r.snapshot.context.openedBucket).toBe('days1to3');
    const twice = drive([...BEST_CASE.slice(0, 4), { command: 'back' }, { command: 'back' }]);
    expect(twice.state).toBe('askOpened');
  });

  it('back at the start says there is nothing to undo', () => {
    expect(drive([{ command: 'back' }]).said).toEqual(['back.nothingToUndo']);
  });

  it('restart clears the case file but keeps the language', () => {
    const r = drive([...BEST_CASE, { command: 'lang' }, { command: 'restart' }]);
    // The command menu promises the first question, so a restart lands on it.
    expect(r.state).toBe('askMember');
    expect(r.said).toEqual(['restart.done']);
    expect(r.snapshot.context).toEqual({ lang: 'zh', triedChannels: [], trail: ['askMember'] });
  });

  it('switching language continues at the same point with the answers kept', () => {
    const r = drive([...BEST_CASE.slice(0, 3), { command: 'lang' }]);
    expect(r.state).toBe('askPrivilege');
    expect(r.snapshot.context).toMatchObject({ lang: 'zh', member: 'firstTime', openedBucket: 'days1to3' });
  });

  it('help and summary answer anywhere without moving', () => {
    for (const at of [[], BEST_CASE.slice(0, 3), [...BEST_CASE, 'walkApp']]) {
      const before = drive(at).state;
      expect(drive([...at, { command: 'help' }])).toMatchObject({ state: before, said: ['help.body'] });
      const summary = drive([...at, { command: 'summary' }]);
      expect(summary.state).toBe(before);
      expect(summary.said[0]).toBe('summary.title');
    }
  });
});

describe('refusals', () => {
  const toRefusalsAsked = (payment: string): Step[] => [
    'begin',
    'firstTime',
    'over7',
    'noneUsed',
    ...paid(payment),
    'renewOn',
    'goAppeal',
    'money',
    'skipOrder',
    'cs',
    'theyRefused',
  ];
  const toRefusal: Step[] = [...toRefusalsAsked('unsure'), 'refusedApple'];

  it('offers "they said to ask Apple" only to someone Apple may have billed (reviews 18, 27)', () => {
    for (const payment of ['alipay', 'wechat', 'otherPay']) {
      expect([payment, activePrompt(drive(toRefusalsAsked(payment)).snapshot).choices]).toEqual([
        payment,
        ['refusedUsed', 'refusedLate', 'refusedRule', 'refusedOther', 'back'],
      ]);
    }
    expect(activePrompt(drive(toRefusalsAsked('unsure')).snapshot).choices).toContain('refusedApple');
  });

  it('answers "ask Apple" with polite and firm replies when the user is not sure Apple billed it', () => {
    const prompt = activePrompt(drive(toRefusal).snapshot);
    expect(prompt.choices).toEqual(['refunded', 'progress', 'otherRefusal', 'notWorked', 'back']);
    expect(prompt.parts.filter((p) => p.draft).map((p) => p.key)).toEqual(['appeal.refusal.refusedApple.polite', 'appeal.refusal.refusedApple.firm']);
  });

  it('when Apple did bill it, agrees and offers the Apple steps, keeping the answers', () => {
    const { snapshot } = drive(toRefusal);
    const billedByApple = coachMachine.resolveState({ value: snapshot.value, context: { ...snapshot.context, payment: 'apple' } });
    const prompt = activePrompt(billedByApple);
    expect(prompt.choices).toEqual(['walkApple', 'back']);
    expect(prompt.parts.map((p) => p.key)).toContain('appeal.refusal.refusedApple.isApple');
  });
});
