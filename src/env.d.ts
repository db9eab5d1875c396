interface ImportMetaEnv {
	/** Where rendered social images are kept between builds: set by astro.config.mjs (`vite.define`), inside Astro's cache dir. */
	readonly SOCIAL_IMAGE_CACHE_DIR?: string;
}
