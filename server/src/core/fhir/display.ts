import type { Address, CodeableConcept, Coding, HumanName, Quantity, Reference } from 'fhir/r4';

/** A code as shown to the user: system and code for lookups, display for reading. */
export interface CodeItem {
  system?: string;
  code?: string;
  display?: string;
}

export function codesOf(concept: CodeableConcept | undefined): CodeItem[] {
  return (concept?.coding ?? []).map((coding: Coding) => ({
    ...(coding.system ? { system: coding.system } : {}),
    ...(coding.code ? { code: coding.code } : {}),
    ...(coding.display ? { display: coding.display } : {}),
  }));
}

export function conceptText(concept: CodeableConcept | undefined, fallback = 'Unknown'): string {
  return concept?.text ?? concept?.coding?.find((coding) => coding.display)?.display ?? concept?.coding?.[0]?.code ?? fallback;
}

export function firstCode(concept: CodeableConcept | undefined): string | undefined {
  return concept?.coding?.find((coding) => coding.code)?.code;
}

/** "Given Family" from a HumanName, its `text` when present. */
export function humanNameText(name: HumanName | undefined): string | undefined {
  if (!name) return undefined;
  if (name.text?.trim()) return name.text.trim();
  const parts = [...(name.given ?? []), name.family].filter((part): part is string => Boolean(part?.trim()));
  return parts.length ? parts.join(' ') : undefined;
}

export function addressText(address: Address): string {
  if (address.text?.trim()) return address.text.trim();
  const cityLine = [address.city, [address.state, address.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [...(address.line ?? []), cityLine].filter(Boolean).join(', ');
}

export function referenceDisplay(reference: Reference | undefined): string | undefined {
  return reference?.display?.trim() || undefined;
}

export function quantityText(quantity: Quantity | undefined): string | undefined {
  if (quantity?.value === undefined) return undefined;
  const value = Number.isInteger(quantity.value) ? String(quantity.value) : String(Math.round(quantity.value * 100) / 100);
  const unit = quantity.unit ?? quantity.code;
  return unit ? `${value} ${unit}` : value;
}
