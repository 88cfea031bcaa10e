package io.github.ipplan;

/** What kind of body an {@link Agency} is, as far as the plans' readers need to tell them apart. */
public enum AgencyKind {
  /** An organ of the Communist Party of China, such as 中央组织部. */
  PARTY_ORGAN,
  /** A court, such as 最高人民法院. */
  COURT,
  /** A procuratorate, such as 最高人民检察院. */
  PROCURATORATE,
  /** A ministry or commission forming part of the State Council, such as 财政部. */
  STATE_COUNCIL_MINISTRY,
  /** The special body directly under the State Council (国资委). */
  SPECIAL_BODY_UNDER_STATE_COUNCIL,
  /** A body directly under the State Council, such as 海关总署. */
  BODY_UNDER_STATE_COUNCIL,
  /** A public institution directly under the State Council, such as 中科院. */
  PUBLIC_INSTITUTION_UNDER_STATE_COUNCIL,
  /** A national administration administered by a ministry, such as 知识产权局. */
  NATIONAL_ADMINISTRATION,
  /** A department of the Central Military Commission. */
  MILITARY,
  /** A people's organisation, such as 贸促会. */
  PEOPLES_ORGANISATION,
  /** A coordination body, such as the office of an inter-ministerial joint conference. */
  COORDINATION_BODY,
  /**
   * Several bodies named together as one, such as the member units of a joint conference. A
   * collective is not one body: it leads or takes part as the group it names.
   */
  COLLECTIVE,
  /** A department of a municipal government. */
  MUNICIPAL_GOVERNMENT_BODY,
  /** An arbitration institution. */
  ARBITRATION_INSTITUTION,
  /** An organisation outside government, named by its role only (such as 第三方机构). */
  NON_GOVERNMENT_ORGANISATION
}
