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

export interface DomainParts {
  /** The registrable label as written, in Unicode ("värnamo" for "xn--vrnamo-bua.nu"); "" when the host has none. */
  label: string;
  /** The public suffix ("co.uk", "blogspot.com"); "" when none. */
  suffix: string;
  /** The labels in front of the registrable one, outermost first ("news", "m" in "news.m.example.com.tw"). */
  subdomains: string[];
}

const NONE: DomainParts = { label: '', suffix: '', subdomains: [] };

/** The parts of a host or an e-mail address's domain ("desk@example.org"); scheme, "www." and path are let go. */
export function domainParts(address: string): DomainParts {
  const host = address
    .replace(/^.*@/, '')
    .replace(/^https?:\/\//i, '')
    .replace(/[/?#:].*$/, '')
    .toLowerCase();
  // Private suffixes too: a blog host's customer is the site, not the host.
  const p = parse(host, { allowPrivateDomains: true });
  if (!p.domainWithoutSuffix) return NONE;
  const unicode = (s: string) => (s.includes('xn--') ? domainToUnicode(s) || s : s);
  return {
    label: unicode(p.domainWithoutSuffix),
    suffix: unicode(p.publicSuffix ?? ''),
    subdomains: p.subdomain ? p.subdomain.split('.').filter((s) => !/^www\d?$/.test(s)) : [],
  };
}
