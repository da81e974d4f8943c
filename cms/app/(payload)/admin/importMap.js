import { CompletenessField as CompletenessField_968adbc3018d642999b301c85fa53294 } from '../../../components/completeness/CompletenessField'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReviewPublishButton as ReviewPublishButton_2f5fb2d46759047fd7d64cfa42478a25 } from '../../../components/review/DraftReviewControls'
import { ReviewStatus as ReviewStatus_2f5fb2d46759047fd7d64cfa42478a25 } from '../../../components/review/DraftReviewControls'
import { ReviewUnpublishButton as ReviewUnpublishButton_2f5fb2d46759047fd7d64cfa42478a25 } from '../../../components/review/DraftReviewControls'
import { InterfaceRowLabel as InterfaceRowLabel_c4a0c51e6cccfe43dd90f506a8cbd07d } from '../../../components/interfaces/InterfaceRowLabel'
import { MatchmakingEventLink as MatchmakingEventLink_efc2c418bfb3abc7a5e5986ed17982b8 } from '../../../components/matchmaking/MatchmakingEventLink'
import { ApplicationDecision as ApplicationDecision_16f2ca94a3e4a71524f457d463c5a0cf } from '../../../components/ApplicationDecision'
import { CreatedMemberField as CreatedMemberField_788e44139dd651f95d2108f0e17afb00 } from '../../../components/CreatedOnApproval'
import { CreatedUserField as CreatedUserField_788e44139dd651f95d2108f0e17afb00 } from '../../../components/CreatedOnApproval'
import { ParticipantDecision as ParticipantDecision_1d0da049ac4be8135b956b533ae76808 } from '../../../components/matchmaking/ParticipantDecision'
import { CurrentPasswordField as CurrentPasswordField_28d17a3fb57fcfdd84576cae29621dd2 } from '../../../components/CurrentPasswordField'
import { RebuildNow as RebuildNow_77e9cc8536d8e9edeefe7895c084d367 } from '../../../components/RebuildNow'
import { AdminIcon as AdminIcon_185d6ccbdba3821d35293b1570e8d361 } from '../../../components/AdminBrand'
import { AdminLogo as AdminLogo_185d6ccbdba3821d35293b1570e8d361 } from '../../../components/AdminBrand'
import { StaffDashboard as StaffDashboard_c1f800128614f7f010349cebcd1dafbc } from '../../../components/StaffDashboard'
import { MemberDashboard as MemberDashboard_dbb242936c0b2fff95872d2fd28c53b5 } from '../../../components/member/MemberDashboard'
import { MemberNavLinks as MemberNavLinks_28cd37ad8661a41ddab3b21a457a7235 } from '../../../components/member/MemberNavLinks'
import { MatchmakingNavLink as MatchmakingNavLink_797c9ed88aa4b7c7957750e9e681e57a } from '../../../components/matchmaking/MatchmakingNavLink'
import { CompletenessNavLink as CompletenessNavLink_412bd0df11083c14b31a7dbdb1f59940 } from '../../../components/completeness/CompletenessNavLink'
import { FieldHashFocus as FieldHashFocus_36b4a0a8cd31ec30742c47e9d1697d5d } from '../../../components/completeness/FieldHashFocus'
import { MyCompanyView as MyCompanyView_19f3d6f1efae72c6bede65d0b3a3caf5 } from '../../../components/member/MyCompanyView'
import { ReviewQueue as ReviewQueue_baede0865b23f191ffe506e1568bfbe0 } from '../../../components/review/ReviewQueue'
import { MatchmakingView as MatchmakingView_0b19e0bc645ca5ab0a54e95640b6a091 } from '../../../components/matchmaking/MatchmakingView'
import { CompletenessView as CompletenessView_0162f72fc3604fec0e07cff6810d6ede } from '../../../components/completeness/CompletenessView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/completeness/CompletenessField#CompletenessField": CompletenessField_968adbc3018d642999b301c85fa53294,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/review/DraftReviewControls#ReviewPublishButton": ReviewPublishButton_2f5fb2d46759047fd7d64cfa42478a25,
  "/components/review/DraftReviewControls#ReviewStatus": ReviewStatus_2f5fb2d46759047fd7d64cfa42478a25,
  "/components/review/DraftReviewControls#ReviewUnpublishButton": ReviewUnpublishButton_2f5fb2d46759047fd7d64cfa42478a25,
  "/components/interfaces/InterfaceRowLabel#InterfaceRowLabel": InterfaceRowLabel_c4a0c51e6cccfe43dd90f506a8cbd07d,
  "/components/matchmaking/MatchmakingEventLink#MatchmakingEventLink": MatchmakingEventLink_efc2c418bfb3abc7a5e5986ed17982b8,
  "/components/ApplicationDecision#ApplicationDecision": ApplicationDecision_16f2ca94a3e4a71524f457d463c5a0cf,
  "/components/CreatedOnApproval#CreatedMemberField": CreatedMemberField_788e44139dd651f95d2108f0e17afb00,
  "/components/CreatedOnApproval#CreatedUserField": CreatedUserField_788e44139dd651f95d2108f0e17afb00,
  "/components/matchmaking/ParticipantDecision#ParticipantDecision": ParticipantDecision_1d0da049ac4be8135b956b533ae76808,
  "/components/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_28d17a3fb57fcfdd84576cae29621dd2,
  "/components/RebuildNow#RebuildNow": RebuildNow_77e9cc8536d8e9edeefe7895c084d367,
  "/components/AdminBrand#AdminIcon": AdminIcon_185d6ccbdba3821d35293b1570e8d361,
  "/components/AdminBrand#AdminLogo": AdminLogo_185d6ccbdba3821d35293b1570e8d361,
  "/components/StaffDashboard#StaffDashboard": StaffDashboard_c1f800128614f7f010349cebcd1dafbc,
  "/components/member/MemberDashboard#MemberDashboard": MemberDashboard_dbb242936c0b2fff95872d2fd28c53b5,
  "/components/member/MemberNavLinks#MemberNavLinks": MemberNavLinks_28cd37ad8661a41ddab3b21a457a7235,
  "/components/matchmaking/MatchmakingNavLink#MatchmakingNavLink": MatchmakingNavLink_797c9ed88aa4b7c7957750e9e681e57a,
  "/components/completeness/CompletenessNavLink#CompletenessNavLink": CompletenessNavLink_412bd0df11083c14b31a7dbdb1f59940,
  "/components/completeness/FieldHashFocus#FieldHashFocus": FieldHashFocus_36b4a0a8cd31ec30742c47e9d1697d5d,
  "/components/member/MyCompanyView#MyCompanyView": MyCompanyView_19f3d6f1efae72c6bede65d0b3a3caf5,
  "/components/review/ReviewQueue#ReviewQueue": ReviewQueue_baede0865b23f191ffe506e1568bfbe0,
  "/components/matchmaking/MatchmakingView#MatchmakingView": MatchmakingView_0b19e0bc645ca5ab0a54e95640b6a091,
  "/components/completeness/CompletenessView#CompletenessView": CompletenessView_0162f72fc3604fec0e07cff6810d6ede,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
