/** Methods that carry a file (base64 in JSON); browser mode accepts their larger bodies on its upload route only. */
export const UPLOAD_METHODS: readonly string[] = ['attachments:upload', 'imports:preview', 'imports:run'];
