/** The key a write lands under: a program merged into another answers to the other's key. */
export async function resolveKey(
  aliases: { get(key: string): Promise<{ to: string } | undefined> },
  key: string,
): Promise<string> {
  const alias = await aliases.get(key);
  return typeof alias?.to === 'string' ? alias.to : key;
}
