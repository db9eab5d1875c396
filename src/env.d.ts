interface ImportMetaEnv {
	/** Where rendered social images are kept between builds: set by astro.config.mjs (`vite.define`), inside Astro's cache dir. */
	readonly SOCIAL_IMAGE_CACHE_DIR?: string;
	/** The social image raster worker (src/lib/sharing/social-image/raster-worker.mjs), by absolute path; set by astro.config.mjs. */
	readonly SOCIAL_IMAGE_RASTER_WORKER?: string;
}
