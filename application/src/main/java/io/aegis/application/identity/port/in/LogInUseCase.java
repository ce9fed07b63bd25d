package io.aegis.application.identity.port.in;

public interface LogInUseCase {

    /**
     * @throws io.aegis.application.port.UnauthenticatedException for any wrong, unknown or inactive account,
     *                                                           always with the same answer
     * @throws io.aegis.application.port.TooManyAttemptsException while the username or address is throttled
     */
    LoginView logIn(LogInCommand command);
}
