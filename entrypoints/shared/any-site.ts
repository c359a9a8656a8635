/** The optional host permission behind "read job postings on any site" (manifest: optional_host_permissions). */
export const ANY_SITE = { origins: ['*://*/*'] };
