// Imported first by every script: a variable set but empty (a CI variable left blank,
// `MINHBACH_SITE_URL= npm run build`) counts as unset, so the default applies instead of ''.
for (const [name, value] of Object.entries(process.env))
  if (name.startsWith('MINHBACH_') && value?.trim() === '') delete process.env[name];
