import { DataSource } from 'typeorm';
import { bumpRevision } from '../../src/db/revision';
import { Agency } from '../../src/modules/agency/agency.entity';
import { AgencyType } from '../../src/modules/agency/agency.enums';
import { AgreementParty } from '../../src/modules/agreement/agreement-party.entity';
import { InformationSharingAgreement } from '../../src/modules/agreement/agreement.entity';
import { AgreementStatus } from '../../src/modules/agreement/agreement.enums';
import { Partnership } from '../../src/modules/partnership/partnership.entity';
import { PartnershipStatus } from '../../src/modules/partnership/partnership.enums';
import { Yot } from '../../src/modules/yot/yot.entity';
import { Nation } from '../../src/modules/yot/yot.enums';

/**
 * Five London YOTs (A0000001…A0000005) and one in the North West (A0000006), each with one agreement that
 * tests a side of "an information-sharing agreement in force with a health body" on 2026-06-30, and two
 * partner agencies that work with several of them (for "agencies partnering with the most YOTs").
 */
export const LONDON_FIXTURE = {
  /** London YOTs with no agreement in force with a health body on 2026-06-30 (the fixture's expected answer). */
  lackingHealthAgreement: ['A0000002', 'A0000003', 'A0000004', 'A0000005'],
  asOf: '2026-06-30',
};

export async function addLondonFixture(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (db) => {
    await bumpRevision(db);
    const yots = await db.getRepository(Yot).save(
      [1, 2, 3, 4, 5, 6].map((i) =>
        db.getRepository(Yot).create({
          code: `A000000${i}`,
          name: `Fixture Borough ${i} Youth Justice Service`,
          localAuthorities: [`Fixture Borough ${i}`],
          region: i === 6 ? 'North West' : 'London',
          nation: Nation.ENGLAND,
        }),
      ),
    );
    const agency = (name: string, type: AgencyType) =>
      db.getRepository(Agency).save(db.getRepository(Agency).create({ name, type }));
    const trust = await agency('Fixture Mental Health NHS Trust', AgencyType.NHS_TRUST);
    const police = await agency('Fixture Metropolitan Police', AgencyType.POLICE);
    const camhs = await agency('Fixture CAMHS', AgencyType.CAMHS);
    const icb = await agency('Fixture Integrated Care Board', AgencyType.HEALTH_COMMISSIONER);
    const agree = async (yot: Yot, party: Agency, status: AgreementStatus, reviewDue: string | null) => {
      const a = await db.getRepository(InformationSharingAgreement).save(
        db.getRepository(InformationSharingAgreement).create({
          yotId: yot.id,
          title: `${yot.name} with ${party.name}`,
          purpose: 'Sharing SEND information about children known to the YOT.',
          lawfulBasis: ['UK GDPR art. 6(1)(e)'],
          dataCategories: ['SEND status'],
          signedOn: '2025-01-01',
          reviewDue,
          status,
        }),
      );
      await db
        .getRepository(AgreementParty)
        .save(db.getRepository(AgreementParty).create({ agreementId: a.id, agencyId: party.id }));
    };
    await agree(yots[0], trust, AgreementStatus.ACTIVE, '2027-01-01'); // in force with an NHS trust: not in the answer
    await agree(yots[1], police, AgreementStatus.ACTIVE, '2027-01-01'); // in force, but with the police only
    await agree(yots[2], camhs, AgreementStatus.EXPIRED, null); // with CAMHS, but expired
    await agree(yots[3], icb, AgreementStatus.ACTIVE, '2026-03-31'); // with the ICB, but past its review date
    // yots[4]: no agreement at all; yots[5]: in the North West, not London.
    const partner = (yot: Yot, a: Agency, endedOn: string | null = null) =>
      db.getRepository(Partnership).create({
        yotId: yot.id,
        agencyId: a.id,
        startedOn: '2024-04-01',
        endedOn,
        status: endedOn ? PartnershipStatus.ENDED : PartnershipStatus.ACTIVE,
      });
    await db.getRepository(Partnership).save([
      // The police work with all six YOTs today, the trust with three (a fourth partnership has ended), CAMHS with one.
      ...yots.map((y) => partner(y, police)),
      partner(yots[0], trust),
      partner(yots[1], trust),
      partner(yots[2], trust),
      partner(yots[3], trust, '2025-03-31'),
      partner(yots[0], camhs),
    ]);
  });
}
