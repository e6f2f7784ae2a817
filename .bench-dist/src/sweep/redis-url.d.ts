/** The URL with its password hidden, for messages. */
export declare function redactUrl(url: string): string;
/** Checks the URL's form; returns it with the db (default 0) made explicit, for messages. */
export declare function checkRedisUrl(url: string): string;
