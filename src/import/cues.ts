/**
 * The vocabulary of web-page furniture: what sites print around an article, in general
 * wording (copyright and reprint notices, cookie and privacy notices, donation and
 * subscription appeals, comment forms, "related" and "read more" lists, share buttons,
 * correction forms, counters, the outlet talking about itself). No pattern names an outlet.
 *
 * A cue alone does not remove a line: article text may say "support" or "comments". The
 * method (boilerplate.ts) weighs cues with the line's length and place.
 */

export type CueKind =
  | 'copyright'
  | 'cookies'
  | 'appeal'
  | 'subscription'
  | 'comments'
  | 'related'
  | 'share'
  | 'correction'
  | 'author-box'
  | 'counter'
  | 'self-description'
  | 'navigation';

interface Cue {
  kind: CueKind;
  pattern: RegExp;
}

const CUES: Cue[] = [
  { kind: 'copyright', pattern: /©|\bcopyright\b|all rights reserved/i },
  { kind: 'copyright', pattern: /\breprint|written permission|\bpermission (is|must be)\b/i },
  { kind: 'copyright', pattern: /\b(active )?hyperlink\b|when (referencing|quoting|using) our/i },
  { kind: 'cookies', pattern: /\bcookies?\b|privacy (and cookie )?(policy|policies|notice|settings)|\bterms (of|and) (use|service|conditions)\b/i },
  { kind: 'appeal', pattern: /\bdonat(e|ion|ions)\b|\bpatrons?\b|\bpatreon\b|\bcrowdfund/i },
  { kind: 'appeal', pattern: /\bsupport (us|our (work|journalism|reporting|team)|independent (journalism|media))\b|\breaders like you\b|join our community/i },
  { kind: 'appeal', pattern: /\b(is|are) (funded|supported) by\b|\bfund (a|our|independent)\b/i },
  { kind: 'appeal', pattern: /\bad ?-?blocker\b|advertising revenue|disabling your/i },
  { kind: 'subscription', pattern: /\bsubscri(be|bers?|ptions?)\b|\bnewsletter\b|\bsign up\b|print edition|don[’']t miss (a|an|our)/i },
  { kind: 'comments', pattern: /\bcomments? (are|is) (closed|disabled|moderated)\b|\b(write|leave|add|post) (a )?(comment|reply)\b|\bin their comments\b/i },
  { kind: 'comments', pattern: /\byou can enter \d+ characters\b|\bcharacters (left|remaining)\b/i },
  { kind: 'related', pattern: /^(related( posts| articles| stories| news)?|read (more|also|next)|see also|more (stories|news|articles|from|on)\b|news ?feed|latest (news|stories|posts)|recommended|popular|most (read|popular|viewed)|you (may|might) also like|tags?:?)\b/i },
  { kind: 'related', pattern: /\bmore stories (filed )?(under|from)\b|\bmore from the\b/i },
  { kind: 'share', pattern: /^(share|share this|tweet|print|email|e-mail)( (on|via|this|article))?\b/i },
  { kind: 'correction', pattern: /\b(suggest|report) (a )?(correction|clarification|mistake|error|typo)\b|\bhighlight the text\b|\bctrl ?\+ ?enter\b|\bsuggestions or corrections\b/i },
  { kind: 'author-box', pattern: /^about (the )?authors?\b/i },
  { kind: 'counter', pattern: /^[\p{L} ]{2,24}:?\s*\d[\d,. ]*$/u },
  { kind: 'self-description', pattern: /^(we are|our (leading|latest|mission|team)|new to\b)|\b(find out|learn) more about us\b|\bindependent (media|journalism|newspaper)\b|\b(type of|a better) (newspaper|media)\b/i },
  { kind: 'navigation', pattern: /^(home|menu|search|skip to (the )?(main )?content|log ?in|sign in|main navigation)\b/i },
];

/** The distinct furniture cues a line matches (one entry per matching pattern). */
export function furnitureCues(text: string): CueKind[] {
  return CUES.filter((c) => c.pattern.test(text)).map((c) => c.kind);
}
