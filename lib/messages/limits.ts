/** The most tags a program can carry: tags are labels, not notes. Zod-free for extension pages. */
export const MAX_TAGS = 20;
