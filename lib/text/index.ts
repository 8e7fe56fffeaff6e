/**
 * Text basics shared by the checks: words, sentences, paragraphs, language and the parts of a draft
 * that are the agent's own. Pure functions; nothing here touches the DOM or the network.
 */
export { analyzeDraft, analyzeBlock, layout, LayoutTracker, splitBlocks, sentenceRole } from './analyze';
export type { Block, BlockSentence, DraftAnalysis, DraftLayout, ParagraphInfo, SentenceInfo, SentenceRef } from './analyze';
export { decideLanguage, languageEvidence, type LanguageEvidence } from './language';
export { splitSentences, trimSpan, type Span } from './sentences';
export { isGreeting, isQuoteHeader, isQuoteLine, isSignOff, isSignatureDelimiter } from './structure';
export { fold, isNumber, words, type Word } from './words';
