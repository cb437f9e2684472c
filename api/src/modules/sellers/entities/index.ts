import { CooperativeMemberEntity } from './cooperative-member.entity';
import { SellerStatusChangeEntity } from './seller-status-change.entity';
import { SellerEntity } from './seller.entity';

export const SELLERS_ENTITIES = [SellerEntity, CooperativeMemberEntity, SellerStatusChangeEntity];
