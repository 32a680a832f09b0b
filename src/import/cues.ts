/**
 * The vocabulary of web-page furniture: what sites print around an article, in general
 * wording (copyright and reprint notices, cookie and privacy notices, donation and
 * subscription appeals, comment forms, "related" and "read more" lists, share buttons,
 * correction forms, counters, advertisement labels, the outlet talking about itself). No
 * pattern names an outlet.
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
  | 'navigation'
  | 'advert';

interface Cue {
  kind: CueKind;
  pattern: RegExp;
}

// Patterns are phrased as a site addresses its readers, not as articles use the words:
// "we use cookies", not "cookies"; "subscribe", not "subscribers"; "become a patron", not "patron".
const CUES: Cue[] = [
  { kind: 'copyright', pattern: /©|\bcopyright\b|all rights reserved/i },
  { kind: 'copyright', pattern: /\bto reprint\b|\breprint (anything|this|our)\b|written permission/i },
  { kind: 'copyright', pattern: /\bactive hyperlink\b|when (referencing|quoting|using) our/i },
  { kind: 'cookies', pattern: /\b(use|uses|accept|allow) cookies\b|\bcookie (policy|policies|settings|preferences)\b|privacy (and cookie )?(policy|policies|notice|settings)|\bterms (of|and) (use|service|conditions)\b/i },
  { kind: 'appeal', pattern: /\bdonate\b|\bmake a donation\b|become a (patron|member|supporter)\b|\bpatreon\b|\bcrowdfund/i },
  { kind: 'appeal', pattern: /\bsupport (us|our (work|journalism|reporting|team)|independent (journalism|media))\b|\breaders like you\b|join our community/i },
  { kind: 'appeal', pattern: /\b(is|are) (funded|supported) by (its|our) (readers|subscribers|members|supporters)\b|\bfund a better\b/i },
  { kind: 'appeal', pattern: /\bad ?-?blocker\b|advertising revenue|disabling your/i },
  { kind: 'subscription', pattern: /\bsubscribe\b|\bour (newsletter|subscribers)\b|\bnewsletter\b|\bsign up\b|print edition|don[’']t miss (a|an|our) (story|article|thing)/i },
  { kind: 'comments', pattern: /\bcomments? (are|is) (closed|disabled|moderated)\b|^(write|leave|add|post) (a )?(comment|reply)\b|\breaders should (avoid|not|refrain)\b|\bcomment(s|ing)? (policy|rules|guidelines)\b/i },
  { kind: 'comments', pattern: /\byou can enter \d+ characters\b|\bcharacters (left|remaining)\b/i },
  { kind: 'related', pattern: /^(related( posts| articles| stories| news| content)?|read (more|also|next)|see also|news ?feed|latest (news|stories|posts)|recommended( for you)?|most (read|popular|viewed)|you (may|might) also like|tags?)\s*:?$/i },
  { kind: 'related', pattern: /^more (stories|news|articles) (filed )?(under|from|on)\b|^more from the\b/i },
  { kind: 'share', pattern: /^(share( this( article| story| page)?)?|tweet|print( this)?|e-?mail( this)?)( (on|via) [\p{L}]+)?\s*:?$/iu },
  { kind: 'correction', pattern: /\b(suggest|report) (a )?(correction|clarification|mistake|error|typo)\b|\bhighlight the text\b|\bctrl ?\+ ?enter\b|\bsuggestions or corrections\b/i },
  { kind: 'author-box', pattern: /^about (the )?authors?\s*:?$/i },
  { kind: 'author-box', pattern: /^\p{Lu}[\p{L}.'’ -]+ is an? ([\p{L}-]+ )?(journalist|writer|correspondent|reporter|editor|analyst|researcher|fellow|columnist|contributor)\b/u },
  { kind: 'share', pattern: /\bfollow (him|her|them|us) on\b/i },
  { kind: 'share', pattern: /^(\s*(facebook|twitter|x|whatsapp|telegram|linkedin|reddit|e-?mail|vk|viber|pinterest|copy link)\s*[|·•,]?\s*){2,}$/i },
  { kind: 'related', pattern: /^(tags?|topics?|filed under|read (also|more|next)|see also)\s*:/i },
  { kind: 'counter', pattern: /^(read|reads|views?|comments?|shares?|likes?|hits)\s*:?\s*\d[\d,. ]*$|^[\p{L} ]{2,24}:\s*\d[\d,.]*$/iu },
  { kind: 'self-description', pattern: /^we are an? (independent|non-?profit|reader-funded)\b|^our (leading|latest) (investigations|stories)\b|^new to\b.*\?|\b(find out|learn) more about us\b|\bindependent (media outlet|journalism)\b|\b(new type of|a better) (newspaper|media)\b/i },
  { kind: 'advert', pattern: /^(advertisement|sponsored( content)?|promoted|ad)\s*:?$/i },
  { kind: 'navigation', pattern: /^(home|menu|search|skip to (the )?(main )?content|log ?in|sign in|main navigation)\b/i },
];

/** The distinct furniture cues a line matches (one entry per matching pattern). */
export function furnitureCues(text: string): CueKind[] {
  return CUES.filter((c) => c.pattern.test(text)).map((c) => c.kind);
}
