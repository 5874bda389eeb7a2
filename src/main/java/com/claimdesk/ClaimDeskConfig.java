package com.claimdesk;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** ClaimDesk's own settings ({@code claimdesk.*}, or {@code CLAIMDESK_*} in the environment). */
@ConfigMapping(prefix = "claimdesk")
public interface ClaimDeskConfig {

    /** Creates the demo accounts and sample articles. Never in a real newsroom. */
    @WithDefault("false")
    boolean demo();

    /** Where the embedded PostgreSQL and the session key live; read before start-up by {@link LaunchSettings}. */
    @WithDefault("${user.home}/.claimdesk/data")
    String dataDir();

    /** Password of the first admin when no admin exists yet; without it a one-time password is printed. */
    Optional<String> adminPassword();

    /** Base of the public URLs, used for links printed at start-up and, later, canonical fact-check URLs. */
    Optional<String> publicBaseUrl();
}
