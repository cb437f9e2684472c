import { LoginFailureEntity } from './login-failure.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

export const ACCOUNTS_ENTITIES = [UserEntity, SessionEntity, LoginFailureEntity];
