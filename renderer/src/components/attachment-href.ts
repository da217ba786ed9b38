/**
 * The address of a stored file, asking for the name it downloads under ("Polisblad 123.pdf" rather than its id);
 * the transport adds the extension of the file's real type.
 */
export const attachmentHref = (id: string, name: string) => `/api/attachments/${id}?naam=${encodeURIComponent(name)}`;
