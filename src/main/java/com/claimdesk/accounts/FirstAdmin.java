package com.claimdesk.accounts;

import java.security.SecureRandom;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.claimdesk.ClaimDeskConfig;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Outside demo mode there is no default password: the first administrator gets the one from
 * {@code CLAIMDESK_ADMIN_PASSWORD}, or a one-time password printed once, here.
 */
public class FirstAdmin {

    static final String USERNAME = "admin";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    ClaimDeskConfig config;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (config.demo() || Account.anyAdmin() || Account.findByUsername(USERNAME).isPresent()) {
            return;
        }
        String password = config.adminPassword().orElse(null);
        if (password != null) {
            var problem = PasswordPolicy.problem(USERNAME, password);
            if (problem.isPresent()) {
                Log.errorf("CLAIMDESK_ADMIN_PASSWORD is not used: %s A one-time password is printed instead.",
                        problem.get());
                password = null;
            }
        }
        boolean generated = password == null;
        if (generated) {
            password = oneTimePassword();
        }
        Account.create(USERNAME, "Administrator", password, Set.of(Role.ADMIN));
        if (generated) {
            Log.warnf("First administrator created: user 'admin', one-time password '%s'. "
                    + "Sign in and change it (Account > Password); it is not shown again.", password);
        } else {
            Log.info("First administrator 'admin' created with the password from CLAIMDESK_ADMIN_PASSWORD.");
        }
    }

    private static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
