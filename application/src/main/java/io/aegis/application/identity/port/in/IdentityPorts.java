package io.aegis.application.identity.port.in;

/** The identity context's inbound ports: who may act (credentials, stored users), users, roles and API keys. */
public record IdentityPorts(ActAsUseCase actAs, AuthenticateUseCase authenticate, LogInUseCase logIn,
                            LogOutUseCase logOut, ProvisionFirstAdminUseCase provisionFirstAdmin,
                            CreateApiKeyUseCase createApiKey, ListApiKeysUseCase listApiKeys,
                            GetApiKeyUseCase getApiKey, ListUserApiKeysUseCase listUserApiKeys,
                            RevokeApiKeyUseCase revokeApiKey, CreateUserUseCase createUser, GetUserUseCase getUser,
                            ListUsersUseCase listUsers, UpdateUserUseCase updateUser,
                            DeactivateUserUseCase deactivateUser, SetUserRolesUseCase setUserRoles,
                            GetRoleAssignmentsUseCase getRoleAssignments,
                            SetRoleAssignmentsUseCase setRoleAssignments,
                            CreateRoleUseCase createRole, GetRoleUseCase getRole, ListRolesUseCase listRoles,
                            UpdateRoleUseCase updateRole, DeactivateRoleUseCase deactivateRole,
                            GetCurrentUserUseCase getCurrentUser, ChangeOwnPasswordUseCase changeOwnPassword,
                            ResetPasswordUseCase resetPassword, PurgeLoginRecordsUseCase purgeLoginRecords) {
}
