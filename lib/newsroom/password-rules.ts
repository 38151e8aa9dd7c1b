// Password lengths, shared by forms in the browser and the hashing on the server.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
