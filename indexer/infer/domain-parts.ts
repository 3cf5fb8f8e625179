/**
 * A host's parts as the Public Suffix List cuts them (issue 18): the registrable label a site
 * chose ("example-daily" in "news.example-daily.co.uk"), the public suffix ("co.uk") and the
 * subdomains in front. The list (through `tldts`) knows multi-part suffixes ("sp.gov.br",
 * "com.tw") and hosted blogs ("name.blogspot.com" is the blog's own site), which a rule of
 * generic second-level words cannot. Only hosts a rule has already found are parsed, so the
 * cost stays with the pages that write an address.
 */
import { domainToUnicode } from 'node:url';
import { parse } from 'tldts';
import { ownCopy } from '../clean/line-memo.ts';

/** Shared and frozen (`domainParts` remembers each host's): read, never change. */
export interface DomainParts {
  /** The registrable label as written, in Unicode ("värnamo" for "xn--vrnamo-bua.nu"); "" when the host has none. */
  readonly label: string;
  /** The public suffix ("co.uk", "blogspot.com"); "" when none. */
  readonly suffix: string;
  /** The labels in front of the registrable one, outermost first ("news", "m" in "news.m.example.com.tw"). */
  readonly subdomains: readonly string[];
}

const NONE: DomainParts = Object.freeze({ label: '', suffix: '', subdomains: Object.freeze([]) });

/**
 * The parts of each host parsed so far, frozen (callers share them). A corpus names few hosts and
 * names them again and again: every record's address on its site, every outlet name that is a
 * domain (`outletKey`), every page's own address in its footer. Parsing one through the Public
 * Suffix List cost ~1.5 % of the indexer's main thread at 20k bench paragraphs, ~6 times per
 * article (18perf15). Emptied when full, so memory stays bounded.
 */
const BY_HOST = new Map<string, DomainParts>();
const MAX_HOSTS = 5_000;

/** The parts of a host or an e-mail address's domain ("desk@example.org"); scheme, "www." and path are let go. */
export function domainParts(address: string): DomainParts {
  const host = address
    .replace(/^.*@/, '')
    .replace(/^https?:\/\//i, '')
    .replace(/[/?#:].*$/, '')
    .toLowerCase();
  let parts = BY_HOST.get(host);
  if (parts === undefined) {
    if (BY_HOST.size >= MAX_HOSTS) BY_HOST.clear();
    parts = hostParts(host);
    // Its own copy: a host cut from a line may be a view of the whole page's text (line-memo.ts).
    BY_HOST.set(ownCopy(host), parts);
  }
  return parts;
}

function hostParts(host: string): DomainParts {
  // Private suffixes too: a blog host's customer is the site, not the host.
  const p = parse(host, { allowPrivateDomains: true });
  if (!p.domainWithoutSuffix) return NONE;
  const unicode = (s: string) => (s.includes('xn--') ? domainToUnicode(s) || s : s);
  return Object.freeze({
    label: unicode(p.domainWithoutSuffix),
    suffix: unicode(p.publicSuffix ?? ''),
    subdomains: Object.freeze(p.subdomain ? p.subdomain.split('.').filter((s) => !/^www\d?$/.test(s)) : []),
  });
}

/**
 * Labels of the public suffixes a state keeps for its own bodies ("gov.uk", "go.ke", "govt.nz",
 * "es.gov.br", "gob.mx", "gouv.fr", "gv.at", "police.uk", "kommune.no", ".gov", ".mil"). Data: a
 * country's own suffix of the kind may be added here.
 */
const OFFICIAL_SUFFIX_LABELS = new Set(['gov', 'go', 'govt', 'gob', 'gouv', 'gv', 'gub', 'gc', 'mil', 'police', 'kommune', 'nic']);

/**
 * Whether a host (or an e-mail address's domain) sits under a state's own suffix: its registrable
 * label is a place or an office's short form ("quayton.go.example", "quayton.es.gov.br"), not the
 * name a reader cites the body by ("Quayton City County", "Prefeitura de Quayton").
 */
export function officialHost(address: string): boolean {
  const { suffix } = domainParts(address);
  return suffix !== '' && suffix.split('.').some((part) => OFFICIAL_SUFFIX_LABELS.has(part));
}
